package io.exportpermits.event.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.exportpermits.exporter.api.ExporterView;
import io.exportpermits.importer.api.ImporterView;
import io.exportpermits.party.api.PartyView;
import io.exportpermits.listing.api.ListedPartyView;
import io.exportpermits.permit.api.PermitStatusView;
import io.exportpermits.policy.api.ControlEntryView;
import io.exportpermits.policy.api.PolicyView;
import io.exportpermits.webhook.api.WebhookSubscriptionView;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Something that happened to a permit, an exporter, a policy or a control entry. The same "
        + "document is the body of a webhook delivery.")
public record EventView(
        @Schema(description = "Unique id; a webhook delivery's `webhook-id`. Use it to recognise a repeat.",
                examples = "7d4f4f0e-25a2-4b43-9a1c-1a8f3f1f2b10", required = true)
        UUID id,
        @Schema(description = "What happened, `<subject>.<what>`.", examples = "permit.approved", required = true)
        String type,
        @Schema(description = "When the change was made (UTC).", examples = "2026-11-20T08:15:30Z", required = true)
        Instant occurredAt,
        @Schema(description = "What the event is about, and where to read it now.", required = true) Subject subject,
        @Schema(description = "The subject's ETag after the change: for a permit, the ETag of its status "
                + "(`/permits/{number}/status`), so a poller can tell whether it already has this state.",
                examples = "\"Hx2c0Yq1u8bC2m0dVwq3gQ\"", required = true)
        String etag,
        @Schema(description = "The subject's new representation: a permit's status, an exporter, an importer, a party, a policy, a "
                + "control entry, a listed party or a webhook subscription, as the matching GET answers it.", anyOf = {
                PermitStatusView.class, ExporterView.class, ImporterView.class, PartyView.class, PolicyView.class,
                ControlEntryView.class,
                ListedPartyView.class, WebhookSubscriptionView.class}, implementation = Object.class, required = true)
        // The JSON as the event was stored: written once, when it happened, and sent as it is.
        @JsonRawValue String data) {

    @Schema(description = "The resource the event is about.")
    public record Subject(
            @Schema(description = "Kind of resource the event is about.", examples = "permit",
                    enumeration = {"permit", "permit_document", "exporter", "importer", "party", "policy",
                            "control_entry", "listed_party", "webhook_subscription"},
                    required = true)
            String type,
            @Schema(description = "Its identifier: permit number, exporter, importer or party id, policy id, control "
                    + "code, listing id; a "
                    + "document is named under its permit (`EP-2026-000042/documents/{id}`).",
                    examples = "EP-2026-000042", required = true)
            String id,
            @Schema(description = "Path of the resource in this API.", examples = "/api/v1/permits/EP-2026-000042", required = true)
            String href) {
    }
}
