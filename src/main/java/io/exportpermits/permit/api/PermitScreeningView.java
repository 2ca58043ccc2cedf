package io.exportpermits.permit.api;

import io.exportpermits.permit.ScreeningTrigger;
import io.exportpermits.policy.api.PartyDetermination;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The latest screening of the permit's consignee and end user against MOFCOM's control list and "
        + "watch list. Permits are screened when created, submitted and approved, and again whenever a listing that "
        + "may name one of their parties changes (event `permit.screening_changed`).")
public record PermitScreeningView(
        @Schema(description = "The most severe outcome among the parties.", required = true, examples = "NO_MATCH")
        PartyDetermination.Outcome outcome,
        @Schema(description = "What caused this screening.", required = true, examples = "SUBMIT")
        ScreeningTrigger trigger,
        @Schema(description = "When it ran (UTC).", required = true, examples = "2026-12-05T09:30:00Z")
        Instant screenedAt,
        @Schema(description = "Consignee and end user as screened, in that order.", required = true)
        List<PartyDetermination> parties,
        @Schema(description = "The exception an authority recorded to approve despite a control-listed party.")
        ControlListException controlListException) {

    @Schema(description = "Why an authority approved despite a control-listed party, who and when.")
    public record ControlListException(
            @Schema(description = "The authority's reason.", required = true,
                    examples = "Exception granted under Art. 18 for humanitarian medical equipment.")
            String reason,
            @Schema(description = "Key id of the AUTHORITY key that recorded it.", required = true,
                    examples = "k7m2xq9tr4bn")
            String recordedByKeyId,
            @Schema(description = "When it was recorded (UTC).", required = true, examples = "2026-12-20T14:00:00Z")
            Instant recordedAt) {
    }
}
