package io.exportpermits.index;

import io.exportpermits.ExportPermitsApi;
import io.exportpermits.common.problem.Problem;
import io.exportpermits.common.problem.ProblemResponses;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
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
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getApiIndex", summary = "Where everything is",
            description = "The version of this API and links to each resource collection and to the documentation.")
    @APIResponse(responseCode = "200", description = "The index.")
    @APIResponse(responseCode = "406", description = "The Accept header allows no JSON.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApiIndex index() {
        Map<String, ApiIndex.Link> links = new LinkedHashMap<>();
        links.put("self", new ApiIndex.Link("/api/v1", "This index"));
        links.put("exporters", new ApiIndex.Link("/api/v1/exporters", "Exporters (API key required)"));
        links.put("parties", new ApiIndex.Link("/api/v1/parties", "Consignees and end users (API key required)"));
        links.put("apiKeys", new ApiIndex.Link("/api/v1/api-keys", "API keys (AUTHORITY)"));
        links.put("permits", new ApiIndex.Link("/api/v1/permits", "Permits (API key required)"));
        links.put("policies", new ApiIndex.Link("/api/v1/policies", "Restriction policies, as of any day"));
        links.put("controlList", new ApiIndex.Link("/api/v1/control-list", "The control list"));
        links.put("openapi", new ApiIndex.Link("/q/openapi", "OpenAPI document of this API"));
        links.put("documentation", new ApiIndex.Link("/q/swagger-ui", "Interactive documentation (Swagger UI)"));
        links.put("health", new ApiIndex.Link("/q/health", "Liveness and readiness"));
        return new ApiIndex("export-permits", "v1", ExportPermitsApi.CONTRACT_VERSION, links);
    }
}
