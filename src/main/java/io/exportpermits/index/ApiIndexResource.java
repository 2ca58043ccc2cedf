package io.exportpermits.index;

import io.exportpermits.ExportPermitsApi;
import io.exportpermits.common.http.AllowedMethods;
import io.exportpermits.common.problem.Problem;
import io.exportpermits.common.problem.ProblemResponses;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@PermitAll
@Tag(name = "API index")
public class ApiIndexResource {
    @Inject
    AllowedMethods allowedMethods;

    private volatile ApiIndex index;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getApiIndex", summary = "Where everything is",
            description = "The version of this API and links to each resource collection and to the documentation.")
    @APIResponse(responseCode = "200", description = "The index.")
    @APIResponse(responseCode = "406", description = "The Accept header allows no JSON.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApiIndex index() {
        if (index == null) {
            index = build();
        }
        return index;
    }

    /**
     * The same for every request, and costly to make (each link's methods are matched against every route):
     * made once, it leaves this operation the cheapest of the API, as the benchmark's HTTP ceiling needs.
     */
    private ApiIndex build() {
        Map<String, ApiIndex.Link> links = new LinkedHashMap<>();
        links.put("self", api("/api/v1", "This index"));
        links.put("exporters", api("/api/v1/exporters", "Exporters (API key required)"));
        links.put("importers", api("/api/v1/importers", "Importer organisations (API key required)"));
        links.put("importerRegistrations", api("/api/v1/importer-registrations",
                "Register your importer organisation and get its first key (no key needed)"));
        links.put("parties", api("/api/v1/parties", "Consignees and end users (API key required)"));
        links.put("apiKeys", api("/api/v1/api-keys", "Your organisation's API keys (every key for an AUTHORITY)"));
        // Read only: a DELETE there reaches /api-keys/{id}, for which "current" is no id.
        links.put("currentApiKey", read("/api/v1/api-keys/current", "The API key you are calling with"));
        links.put("permits", api("/api/v1/permits", "Permits (API key required)"));
        links.put("permitStatusQueries", api("/api/v1/permit-status-queries",
                "The status of up to 1,000 permits in one request (API key required)"));
        links.put("permitVerifications", api("/api/v1/permit-verifications",
                "Check a licence by its number and check code (no key needed)"));
        links.put("holidays", api("/api/v1/holidays", "Days the statutory clock does not count"));
        links.put("policies", api("/api/v1/policies", "Restriction policies, as of any day"));
        links.put("controlList", api("/api/v1/control-list", "The control list"));
        links.put("licenceDeterminations", api("/api/v1/licence-determinations",
                "Does a shipment need a licence, and why (no key needed)"));
        links.put("listedParties", api("/api/v1/listed-parties",
                "Parties on MOFCOM's control list and watch list, as of any day"));
        links.put("partyScreenings", api("/api/v1/party-screenings", "Is this buyer listed? (no key needed)"));
        links.put("events", api("/api/v1/events", "Every change, in commit order (API key required)"));
        links.put("webhookSubscriptions", api("/api/v1/webhook-subscriptions",
                "Changes pushed to your URL (API key required)"));
        links.put("licensingStatistics", api("/api/v1/statistics/licensing",
                "How the licensing system performs, without singling out any exporter (no key needed)"));
        links.put("shipmentStatistics", api("/api/v1/statistics/shipments",
                "Quantities and values licensed and shipped, without singling out any exporter (no key needed)"));
        links.put("openapi", read("/q/openapi", "OpenAPI document of this API"));
        links.put("documentation", read("/q/swagger-ui", "Interactive documentation (Swagger UI)"));
        links.put("health", read("/q/health", "Liveness and readiness"));
        return new ApiIndex("export-permits", "v1", ExportPermitsApi.CONTRACT_VERSION, links);
    }

    /** A resource of this API, with the methods it serves as the 405's Allow header states them. */
    private ApiIndex.Link api(String href, String title) {
        List<String> methods = allowedMethods.at(href).stream()
                .filter(method -> !method.equals(HttpMethod.HEAD) && !method.equals(HttpMethod.OPTIONS)).toList();
        return new ApiIndex.Link(href, title, methods);
    }

    private static ApiIndex.Link read(String href, String title) {
        return new ApiIndex.Link(href, title, List.of(HttpMethod.GET));
    }
}
