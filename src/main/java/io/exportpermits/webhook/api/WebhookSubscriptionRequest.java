package io.exportpermits.webhook.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where to send which events.", examples = """
        {"url": "https://erp.example.com/hooks/export-permits", "description": "ERP status sync",
         "eventTypes": ["permit.approved", "permit.suspended", "permit.revoked"],
         "permitNumbers": ["EP-2026-000042"]}""")
public record WebhookSubscriptionRequest(
        @Schema(required = true, description = "HTTPS address that receives POSTs. Redirects are not followed; "
                + "loopback and private-network addresses are refused.",
                examples = "https://erp.example.com/hooks/export-permits")
        @NotBlank @Size(max = 2000) String url,
        @Schema(description = "Your note on what the subscription is for.", examples = "ERP status sync")
        @Size(max = 200) String description,
        @Schema(description = "Event types to send; empty or absent: all you may see.",
                examples = "[\"permit.approved\", \"permit.revoked\"]")
        @Size(max = 50) List<@NotNull @Size(max = 64) String> eventTypes,
        @Schema(description = "Only events about these permits; empty or absent: every permit you may see (and "
                + "non-permit events).", examples = "[\"EP-2026-000042\"]")
        @Size(max = 1000) List<@NotNull @Pattern(regexp = "EP-[0-9]{4}-[0-9]{6,}") String> permitNumbers) {
}
