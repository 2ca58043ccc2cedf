package io.exportpermits.apikey.api;

import jakarta.validation.constraints.Future;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How long the key being replaced keeps working.")
public record RotateApiKeyRequest(
        @Schema(description = "When the old key stops working (UTC), within 7 days; a day from now if absent.",
                examples = "2026-12-08T00:00:00Z")
        @Future Instant oldKeyExpiresAt) {
}
