package io.exportpermits.webhook.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A webhook subscription. The signing secret is never shown again after creation.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookSubscriptionView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "https://erp.example.com/hooks/export-permits") String url,
        String description,
        @Schema(required = true, description = "Empty: all types.") List<String> eventTypes,
        @Schema(required = true, description = "Empty: all permits.") List<String> permitNumbers,
        @Schema(required = true, description = "False once disabled after repeated failures (see `disabledReason`) "
                + "or by you.") boolean enabled,
        @Schema(examples = "20 consecutive failed attempts; last: HTTP 500") String disabledReason,
        @Schema(required = true, description = "Failed attempts since the last success.") int consecutiveFailures,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
