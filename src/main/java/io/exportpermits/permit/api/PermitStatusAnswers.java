package io.exportpermits.permit.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One answer per permit asked about, in the order asked.")
public record PermitStatusAnswers(
        @Schema(description = "One answer per number asked about, in request order.", required = true)
        List<Answer> results) {

    @Schema(description = "OK: `status` and `etag` follow. NOT_MODIFIED: the ETag you sent is current. NOT_FOUND: no "
            + "such permit, or not one you may see (the two are indistinguishable).", name = "PermitStatusOutcome")
    public enum Outcome { OK, NOT_MODIFIED, NOT_FOUND }

    @Schema(name = "PermitStatusAnswer")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(
            @Schema(description = "The permit number asked about, as sent.", required = true,
                    examples = "EP-2026-000042")
            String number,
            @Schema(description = "Whether a status follows, the one you hold is current, or there is none you may "
                    + "see.", required = true)
            Outcome outcome,
            @Schema(description = "The current status ETag (OK and NOT_MODIFIED).",
                    examples = "\"Hx2c0Yq1u8bC2m0dVwq3gQ\"") String etag,
            @Schema(description = "The status (OK only).") PermitStatusView status) {
    }
}
