package io.exportpermits.policy.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.exportpermits.listing.api.ListedPartyView;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One change to a policy, a control entry or a listing: who made it, when, why, and the text it "
        + "replaced.")
public record RevisionView(
        @Schema(description = "Revision number, from 1.", required = true, examples = "2") int revision,
        @Schema(description = "CREATED, AMENDED, SUSPENDED, REPEALED (policies) or LIFTED (listings).", required = true,
                examples = "AMENDED", enumeration = {"CREATED", "AMENDED", "SUSPENDED", "REPEALED", "LIFTED"})
        String kind,
        @Schema(description = "When the change was made (UTC).", required = true, examples = "2026-11-26T10:15:00Z")
        Instant changedAt,
        @Schema(description = "Key id of the AUTHORITY key that made the change.", required = true,
                examples = "k7m2xq9tr4bn")
        String changedByKeyId,
        @Schema(description = "Why it was changed.", required = true,
                examples = "Correction: the effective date was misread from the source.")
        String reason,
        @Schema(description = "The subject as it read before the change: a policy, a control entry or a listing, as "
                + "their GET answers; absent for CREATED.", anyOf = {PolicyView.class, ControlEntryView.class,
                ListedPartyView.class}, implementation = Object.class)
        JsonNode previous) {
}
