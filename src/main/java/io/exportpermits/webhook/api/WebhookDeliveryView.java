package io.exportpermits.webhook.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One event's delivery to a subscription, with every attempt.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookDeliveryView(
        @Schema(description = "Identifier of the delivery.", required = true) UUID id,
        @Schema(required = true, description = "The event delivered; also its `webhook-id`.") UUID eventId,
        @Schema(description = "Type of the event delivered.", required = true, examples = "permit.approved")
        String eventType,
        @Schema(required = true, description = "PENDING (due or retrying), SUCCEEDED, or FAILED (gave up).",
                enumeration = {"PENDING", "SUCCEEDED", "FAILED"}) String state,
        @Schema(description = "When the next attempt is due, while PENDING.") Instant nextAttemptAt,
        @Schema(description = "When the delivery was queued (UTC).", required = true) Instant createdAt,
        @Schema(description = "When it succeeded or was given up (UTC); absent while attempts remain.")
        Instant completedAt,
        @Schema(description = "Every attempt so far, oldest first.", required = true) List<Attempt> attempts) {

    @Schema(name = "WebhookAttempt")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attempt(
            @Schema(description = "Attempt number, from 1.", required = true, examples = "1") int attempt,
            @Schema(description = "When the attempt was made (UTC).", required = true) Instant attemptedAt,
            @Schema(description = "Time until the receiver answered or the attempt timed out, in milliseconds.",
                    required = true, examples = "84")
            int durationMs,
            @Schema(description = "The receiver's HTTP status, if it answered.", examples = "500") Integer statusCode,
            @Schema(description = "Why the attempt failed, when it did.", examples = "HTTP 500") String error) {
    }
}
