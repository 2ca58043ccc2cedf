package io.exportpermits;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(
                title = "Export Permits API",
                version = ExportPermitsApi.CONTRACT_VERSION,
                description = ExportPermitsApi.DESCRIPTION,
                contact = @Contact(name = "Export Permits API team", email = "api@export-permits.io"),
                license = @License(name = "Apache 2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        tags = {
                @Tag(name = "API index", description = "Where everything is."),
                @Tag(name = "Exporters", description = "Companies that apply for permits and ship against them."),
                @Tag(name = "Importers", description = "Buying organisations: one key sees every permit that names "
                        + "them, whichever exporter applied."),
                @Tag(name = "Parties", description = "Consignees and end users named on permits, and the importer "
                        + "organisation each one is."),
                @Tag(name = "API keys", description = "Credentials of the software that calls this API."),
                @Tag(name = "Permits", description = "Applications and licences: lifecycle, history."),
                @Tag(name = "Documents", description = "The documents of an application (Art. 16 of the 2024 "
                        + "Regulations): uploaded, typed from their bytes, kept."),
                @Tag(name = "Holidays", description = "The working-day calendar the statutory clocks count on."),
                @Tag(name = "Policies", description = "Restriction policies (announcements), as they stood on any day."),
                @Tag(name = "Control list", description = "Controlled items by export-control code, with HS codes."),
                @Tag(name = "Determinations", description = "Does a shipment need a licence, and why."),
                @Tag(name = "Listed parties", description = "MOFCOM's export control list and watch list, and "
                        + "screening names against them."),
                @Tag(name = "Events", description = "Every change, in commit order: the feed to read or long-poll."),
                @Tag(name = "Webhooks", description = "Changes pushed to your URL, signed, retried until delivered."),
        },
        // Relative: the API is wherever this document was fetched from; no machine is named.
        servers = @Server(url = "/", description = "This service, wherever it runs (production, staging or local): "
                + "the server this document was fetched from.", extensions = @Extension(name = "x-internal",
                value = "false", parseValue = true)))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "API key", description = "An API key, sent as `Authorization: Bearer ep_<key id>_<secret>`. "
        + "AUTHORITY keys are created by an issuing authority; EXPORTER and IMPORTER keys are bound to one exporter "
        + "or one party and see only that tenant's data.")
public class ExportPermitsApi extends Application {
    /** The contract version: bump the minor for additions, the path for breaking changes. */
    public static final String CONTRACT_VERSION = "1.0.0";
    static final String DESCRIPTION = """
            Where an export permit stands and which export restrictions are in force.

            The API starts from China's rare-earth export controls (the 2025 MOFCOM licensing regime and
            the general licences of the 2025 US-China trade truce) and models any controlled item and any
            issuing authority the same way. It serves exporters' ERPs, importers' procurement systems and
            customs brokers, server to server.

            ## Errors
            Every error is an RFC 9457 problem document (`application/problem+json`) with a stable `type`
            URI per problem kind, a `title`, the HTTP `status`, a specific `detail` and the request path as
            `instance`. Validation failures list every offending field in `errors[]` as `{field, message}`,
            where `field` is the JSON path as you sent it (`items[0].quantity`) or the parameter name.
            Unexpected failures carry an `errorId` that also appears in our logs. Problem types:
            `https://export-permits.io/problems/` followed by `malformed-request` (400),
            `validation-failed` (400), `unauthorized` (401), `forbidden` (403), `not-found` (404), `method-not-allowed` (405), `not-acceptable` (406),
            `request-timeout` (408: a body not received within 30 seconds), `conflict` (409), `precondition-failed` (412), `payload-too-large` (413), `unsupported-media-type` (415),
            `idempotency-key-reused` (422), `precondition-required` (428), `rate-limited` (429), `http-error`
            (any other 4xx), `internal-error` (500) and `service-unavailable` (503, with `Retry-After`).

            ## Idempotent retries
            Every POST that creates something, decides something or reports usage accepts an
            `Idempotency-Key` header (1 to 255 printable characters; a UUID is a good choice). The first
            answer (status, headers, body) is kept for 24 hours and replayed, with `Idempotent-Replayed: true`,
            to a repeat with the same key and the same request from the same API key; the same key with a
            different request is a 422 (`idempotency-key-reused`). A repeat that arrives while the first is
            still running waits for its answer. Only successful answers are kept: after an error, a retry
            with the same key runs again.

            ## Authentication and access
            Send an API key as `Authorization: Bearer <key>`. Roles: `AUTHORITY` (a licensing officer: manages
            policies, exporters, parties and keys, decides applications), `EXPORTER` (one exporter's own data)
            and `IMPORTER` (read-only, the permits that name its party). Public data (policies, the control list,
            determinations, permit verification) needs no key. A missing or invalid key on a protected operation
            is a 401 with `WWW-Authenticate: Bearer`; a key whose role may not do something gets 403; another
            tenant's resource answers 404, exactly as if it did not exist.

            ## Rate limits
            Every response carries `RateLimit-Limit` (requests per minute), `RateLimit-Remaining` and
            `RateLimit-Reset` (seconds until the allowance is full again), per key, or per client address without
            a key. A conditional request answered `304 Not Modified` costs a tenth of a request. Over the limit:
            `429` (`rate-limited`) with `Retry-After` in seconds.

            ## Conventions
            Every response carries `X-Request-Id` (yours, if you send a valid one: up to 128 characters of
            letters, digits and `._:-`). Collections share one envelope, `{items, next}`: pass `next` back as
            `cursor` for the following page, which the `Link: <...>; rel="next"` header also gives. `limit`
            is 1 to 200 (default 50). Dates are ISO 8601 (`2026-01-31`), times are UTC
            (`2026-01-31T12:00:00Z`), quantities and values are exact decimals, written without trailing zeros (`500`, `1.1`). An optional field without a
            value is absent, never `null`.

            ## Versioning and deprecation
            The major version is in the path (`/api/v1`). Within a version, changes are additive only: new
            operations, new optional request fields, new response fields and new enum values, which clients
            must ignore or tolerate. A breaking change gets a new version path; the old one keeps working
            for at least 12 months after its deprecation is announced. Deprecated operations answer with a
            `Deprecation` header (RFC 9745) and a `Sunset` header (RFC 8594) giving the date they stop.
            """;
}
