package io.exportpermits.apikey.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A key just created, with its secret: shown this once and never again.")
public record CreatedApiKey(
        @Schema(description = "The key's metadata, as later listed.", required = true) ApiKeyView key,
        @Schema(description = "Send it as `Authorization: Bearer <secret>`. Store it now: only a hash is kept.",
                required = true, examples = "ep_k7m2xq9tr4bn_Xy3kz8rGm0QbH1c2d3e4f5g6h7i8j9k0l1m2n3o4p5q")
        String secret) {
}
