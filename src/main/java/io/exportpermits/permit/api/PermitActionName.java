package io.exportpermits.permit.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The contract's names of the lifecycle actions, as the path segment that takes each
 * ({@code POST /api/v1/permits/{number}/{action}}); PermitActionNamesTest holds it to the lifecycle
 * table ({@code PermitAction}).
 */
@Schema(name = "PermitAction", description = "A lifecycle action, named by the path segment that takes it "
        + "(`POST /api/v1/permits/{number}/{action}`).")
public enum PermitActionName {
    @JsonProperty("submit") SUBMIT,
    @JsonProperty("accept") ACCEPT,
    @JsonProperty("request-corrections") REQUEST_CORRECTIONS,
    @JsonProperty("start-review") START_REVIEW,
    @JsonProperty("request-information") REQUEST_INFORMATION,
    @JsonProperty("respond") RESPOND,
    @JsonProperty("pause-clock") PAUSE_CLOCK,
    @JsonProperty("resume-clock") RESUME_CLOCK,
    @JsonProperty("refer-to-state-council") REFER_TO_STATE_COUNCIL,
    @JsonProperty("approve") APPROVE,
    @JsonProperty("refuse") REFUSE,
    @JsonProperty("withdraw") WITHDRAW,
    @JsonProperty("suspend") SUSPEND,
    @JsonProperty("reinstate") REINSTATE,
    @JsonProperty("revoke") REVOKE,
    @JsonProperty("surrender") SURRENDER
}
