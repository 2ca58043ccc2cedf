package io.exportpermits.webhook.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The fields to change; absent fields keep their value. Setting `enabled` to true re-enables "
        + "a subscription disabled after repeated failures.", examples = "{\"enabled\": true}")
public record WebhookSubscriptionUpdate(
        @Schema(description = "New HTTPS address to deliver to.", examples = "https://erp.example.com/hooks/v2")
        @Size(min = 1, max = 2000) String url,
        @Schema(description = "New note on what the subscription is for.") @Size(max = 200) String description,
        @Schema(description = "New event types to deliver; empty means all.")
        @Size(max = 50) List<@NotNull @Size(max = 64) String> eventTypes,
        @Schema(description = "New permits to deliver events of; empty means all the key may see.")
        @Size(max = 1000) List<@NotNull @Pattern(regexp = "EP-[0-9]{4}-[0-9]{6,}") String> permitNumbers,
        @Schema(description = "Set to true to re-enable a disabled subscription, false to pause it.") Boolean enabled) {
}
