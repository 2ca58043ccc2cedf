package io.exportpermits.index;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The entry point of the API: its version and where everything is.")
public record ApiIndex(
        @Schema(description = "Name of the service.", examples = "export-permits", required = true)
        String name,
        @Schema(description = "Major version of this API, as in its path.", examples = "v1", required = true)
        String apiVersion,
        @Schema(description = "Full version of the API contract (the OpenAPI document's `info.version`).",
                examples = "1.0.0", required = true)
        String contractVersion,
        @Schema(description = "Links by relation name: the resource collections, the OpenAPI document, "
                + "the interactive documentation and the health checks.", required = true,
                examples = "{\"self\": {\"href\": \"/api/v1\", \"title\": \"This index\", \"methods\": [\"GET\"]}, "
                        + "\"permits\": {\"href\": \"/api/v1/permits\", \"title\": \"Permits (API key required)\", "
                        + "\"methods\": [\"GET\", \"POST\"]}}")
        Map<String, Link> links) {

    @Schema(description = "A link to a resource.")
    public record Link(
            @Schema(description = "Path of the resource, relative to the server.", examples = "/q/openapi",
                    required = true)
            String href,
            @Schema(description = "What is there.", examples = "OpenAPI document of this API")
            String title,
            @Schema(description = "The methods the resource answers: `POST` alone for a question asked with a body "
                    + "(a licence determination, a batch of status queries).", required = true,
                    examples = "[\"GET\", \"POST\"]")
            List<String> methods) {
    }
}
