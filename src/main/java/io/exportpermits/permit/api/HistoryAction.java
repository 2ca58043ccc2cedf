package io.exportpermits.permit.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a history entry records, as the contract names it; PermitActionNamesTest holds it to the
 * lifecycle table.
 */
@Schema(name = "PermitHistoryAction", description = "What a history entry records: `create` for the "
        + "application's creation, `ship` for a recorded shipment, `request-change`, `approve-change` and "
        + "`refuse-change` for changes to an issued licence, `add-document` and `delete-document` for the "
        + "application's documents, or the lifecycle action taken.")
public enum HistoryAction {
    @JsonProperty("create") CREATE,
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
    @JsonProperty("surrender") SURRENDER,
    @JsonProperty("ship") SHIP,
    @JsonProperty("request-change") REQUEST_CHANGE,
    @JsonProperty("approve-change") APPROVE_CHANGE,
    @JsonProperty("refuse-change") REFUSE_CHANGE,
    @JsonProperty("add-document") ADD_DOCUMENT,
    @JsonProperty("delete-document") DELETE_DOCUMENT;

    /** The action as history stores it: its contract name. */
    public static HistoryAction recorded(String action) {
        return valueOf(action.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
