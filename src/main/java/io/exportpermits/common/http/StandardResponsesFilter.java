package io.exportpermits.common.http;

import io.exportpermits.common.problem.ProblemResponses;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers every operation shares (validation, authentication, rate limits,
 * content negotiation, 500), and gives every error response the problem+json schema, so that no
 * resource has to repeat them and none can forget them. Then states the format of shared codes
 * ({@link CodeFormats}), bounds every value ({@link ContractBounds}) and gives every body an example
 * ({@link ExampleComposer}).
 */
public class StandardResponsesFilter implements OASFilter {
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final Set<String> NUMERIC_HEADERS = Set.of(PollInterval.HEADER, "Retry-After", "RateLimit-Limit",
            "RateLimit-Remaining", "RateLimit-Reset");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        CodeFormats.apply(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
                addStandardResponses(entry.getValue(), path);
                if (Boolean.TRUE.equals(entry.getValue().getDeprecated())) {
                    documentSunset(entry.getValue());
                }
                typeHeaders(entry.getValue());
                if (entry.getValue().getSecurity() == null) {
                    // Stated, not left out: this operation needs no key.
                    entry.getValue().setSecurity(new ArrayList<>());
                }
            }
        }
        ContractBounds.apply(openAPI);
        ExampleComposer.apply(openAPI); // last: it composes from what the steps above added
    }

    /** Every response header gets a schema: a number for the ones that count seconds or requests. */
    private static void typeHeaders(Operation operation) {
        operation.getResponses().getAPIResponses().values().stream()
                .filter(response -> response.getHeaders() != null)
                .flatMap(response -> response.getHeaders().entrySet().stream())
                .filter(header -> header.getValue().getSchema() == null && header.getValue().getContent() == null)
                .forEach(header -> header.getValue().setSchema(OASFactory.createSchema().addType(
                        NUMERIC_HEADERS.contains(header.getKey()) ? SchemaType.INTEGER : SchemaType.STRING)));
    }

    private static void addStandardResponses(Operation operation, PathItem path) {
        APIResponses responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = notEmpty(operation.getParameters()) || notEmpty(path.getParameters());
        if (hasBody || hasParameters) {
            addIfAbsent(responses, "400", "Invalid request: `errors[]` names each offending field or parameter.");
        }
        if (notEmpty(operation.getSecurity())) {
            APIResponse unauthorized = problem("Missing, unknown, revoked or expired API key.")
                    .addHeader("WWW-Authenticate", header("`Bearer realm=\"export-permits\"`, with "
                            + "`error=\"invalid_token\"` when a key was sent but refused."));
            if (!responses.hasAPIResponse("401")) {
                responses.addAPIResponse("401", unauthorized);
            }
            addIfAbsent(responses, "403", "The API key's role may not perform this operation.");
        } else if (!responses.hasAPIResponse("401")) {
            // No key is needed here, but one that is sent is still checked, and a bad one refused.
            responses.addAPIResponse("401", problem("An API key was sent but is unknown, revoked or expired.")
                    .addHeader("WWW-Authenticate", header("`Bearer realm=\"export-permits\", error=\"invalid_token\"`.")));
        }
        if (hasBody) {
            addIfAbsent(responses, "413", "The request body exceeds the size limit.");
            addIfAbsent(responses, "415", "The request body is not `application/json`.");
        }
        addIfAbsent(responses, "406", "The Accept header allows no JSON.");
        if (!responses.hasAPIResponse("429")) {
            responses.addAPIResponse("429", problem("Rate limit exceeded; retry after `Retry-After` seconds.")
                    .addHeader("Retry-After", header("Seconds to wait before retrying.")));
        }
        addIfAbsent(responses, "500", "Unexpected failure; `errorId` identifies it in our logs.");
        if (!responses.hasAPIResponse("503")) {
            responses.addAPIResponse("503", problem("The database (or, for an operation limited per address, the "
                    + "shared rate-limit store) is unreachable; nothing was changed. Retry after `Retry-After` seconds.").addHeader("Retry-After", header("Seconds to wait before retrying.")));
        }
        APIResponse reused = responses.getAPIResponse("422");
        if (reused != null && Idempotent.REUSED.equals(reused.getDescription())) {
            documentIdempotency(operation);
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
                    response.setContent(problemContent());
                }
            }
        });
    }

    /** What {@link SunsetHeaders} sends on an operation retired with {@link Sunset}. */
    private static void documentSunset(Operation operation) {
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.addHeader(SunsetHeaders.DEPRECATION, header("When this operation was deprecated, as an "
                        + "RFC 9745 date (`@` and seconds since 1970-01-01 UTC)."));
                response.addHeader(SunsetHeaders.SUNSET, header("From when it may stop answering (RFC 8594), at "
                        + "least 12 months after the deprecation: move to its replacement before then."));
            }
        });
    }

    private static void documentIdempotency(Operation operation) {
        operation.addParameter(OASFactory.createParameter().name(IdempotencyInterceptor.HEADER)
                .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                .description("Any unique value (a UUID) that makes a retry safe: a repeat within 24 hours, with the "
                        + "same request, replays the first answer instead of acting twice.")
                .example("5f0c6f7e-7a4b-4d8e-9a51-0d7c2f3b9e11")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).minLength(1).maxLength(255)));
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.addHeader(IdempotencyInterceptor.REPLAYED, header("`true` when this answer replays the first "
                        + "answer to this Idempotency-Key."));
            }
        });
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, problem(description));
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(ProblemResponses.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }

    /** Typed by {@link #typeHeaders}, with every header the resources declare. */
    private static Header header(String description) {
        return OASFactory.createHeader().description(description);
    }

    private static boolean notEmpty(java.util.Collection<?> items) {
        return items != null && !items.isEmpty();
    }
}
