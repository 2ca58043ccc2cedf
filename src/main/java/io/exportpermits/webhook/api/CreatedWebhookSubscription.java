package io.exportpermits.webhook.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The new subscription and its signing secret, shown this once.")
public record CreatedWebhookSubscription(
        @Schema(description = "The subscription, as later listed.", required = true)
        WebhookSubscriptionView subscription,
        @Schema(required = true, description = "Standard Webhooks secret: verify `webhook-signature` as "
                + "base64(HMAC-SHA256(base64-decoded part after `whsec_`, `webhook-id.webhook-timestamp.body`)).",
                examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret) {
}
