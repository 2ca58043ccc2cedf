package io.exportpermits.webhook.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A webhook subscription. The signing secret is never shown again after creation.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookSubscriptionView(
        @Schema(description = "Identifier of the subscription.", required = true) UUID id,
        @Schema(description = "HTTPS address events are delivered to.", required = true,
                examples = "https://erp.example.com/hooks/export-permits")
        String url,
        @Schema(description = "Your note on what the subscription is for.", examples = "ERP status sync")
        String description,
        @Schema(required = true, description = "Empty: all types.",
                examples = "[\"permit.approved\", \"permit.revoked\"]")
        List<String> eventTypes,
        @Schema(required = true, description = "Empty: all permits.", examples = "[\"EP-2026-000042\"]")
        List<String> permitNumbers,
        @Schema(required = true, description = "False once disabled after repeated failures (see `disabledReason`) "
                + "or by you.", examples = "true") boolean enabled,
        @Schema(description = "Why deliveries were stopped, when they were.",
                examples = "20 consecutive failed attempts; last: HTTP 500")
        String disabledReason,
        @Schema(required = true, description = "Failed attempts since the last success.", examples = "0")
        int consecutiveFailures,
        @Schema(description = "When the subscription was created (UTC).", required = true) Instant createdAt,
        @Schema(description = "When it last changed (UTC).", required = true) Instant updatedAt) {
}
