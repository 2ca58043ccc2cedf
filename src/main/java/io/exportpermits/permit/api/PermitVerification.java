package io.exportpermits.permit.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Whether a permit may be shipped against today, and nothing else about it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PermitVerification(
        @Schema(description = "Whether the permit exists, matches the check code, and is valid today.", required = true,
                examples = "true")
        boolean valid,
        @Schema(description = "Why not, when not valid. NOT_FOUND: no permit with that number and check code (an "
                + "unknown number and a wrong code answer alike). NOT_ISSUED: an application, not a licence.")
        Reason reason,
        @Schema(description = "When this answer was computed (UTC).", required = true,
                examples = "2026-11-26T09:00:00Z")
        Instant checkedAt) {

    public enum Reason { NOT_FOUND, NOT_ISSUED, NOT_YET_VALID, EXPIRED, EXHAUSTED, SUSPENDED, REVOKED, SURRENDERED }
}
