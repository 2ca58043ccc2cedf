package io.exportpermits.permit;

import io.exportpermits.common.security.Role;
import io.exportpermits.event.EventType;
import io.exportpermits.permit.api.ClockPause;
import io.exportpermits.permit.api.PermitActionName;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The permit lifecycle, as one table: each action, who may take it, from which states, and where it
 * leads. Modelled on the UK's licensing system (lite-api): the exporter may withdraw at any point
 * before a decision; an issued licence can be suspended and reinstated, revoked or surrendered.
 */
public enum PermitAction {
    SUBMIT("submit", Role.EXPORTER, EnumSet.of(PermitStatus.DRAFT, PermitStatus.CORRECTIONS_REQUESTED),
            PermitStatus.SUBMITTED, false, EventType.PERMIT_SUBMITTED),
    /** Acceptance of a complete application: the statutory clock starts, and review with it. */
    ACCEPT("accept", Role.AUTHORITY, EnumSet.of(PermitStatus.SUBMITTED), PermitStatus.UNDER_REVIEW, false,
            EventType.PERMIT_ACCEPTED),
    /** The authority's one notice listing everything missing or defective, within 5 working days of receipt. */
    REQUEST_CORRECTIONS("request-corrections", Role.AUTHORITY, EnumSet.of(PermitStatus.SUBMITTED),
            PermitStatus.CORRECTIONS_REQUESTED, false, EventType.PERMIT_CORRECTIONS_REQUESTED),
    /** Acceptance under its name from before acceptance existed; deprecated for {@link #ACCEPT}. */
    START_REVIEW("start-review", Role.AUTHORITY, EnumSet.of(PermitStatus.SUBMITTED), PermitStatus.UNDER_REVIEW, false,
            EventType.PERMIT_REVIEW_STARTED),
    REQUEST_INFORMATION("request-information", Role.AUTHORITY, EnumSet.of(PermitStatus.UNDER_REVIEW),
            PermitStatus.INFORMATION_REQUESTED, true, EventType.PERMIT_INFORMATION_REQUESTED),
    RESPOND("respond", Role.EXPORTER, EnumSet.of(PermitStatus.INFORMATION_REQUESTED), PermitStatus.UNDER_REVIEW, true,
            EventType.PERMIT_INFORMATION_PROVIDED),
    PAUSE_CLOCK("pause-clock", Role.AUTHORITY, EnumSet.of(PermitStatus.UNDER_REVIEW), PermitStatus.UNDER_REVIEW, true,
            EventType.PERMIT_CLOCK_PAUSED),
    RESUME_CLOCK("resume-clock", Role.AUTHORITY, EnumSet.of(PermitStatus.UNDER_REVIEW), PermitStatus.UNDER_REVIEW,
            false, EventType.PERMIT_CLOCK_RESUMED),
    REFER_TO_STATE_COUNCIL("refer-to-state-council", Role.AUTHORITY, EnumSet.of(PermitStatus.UNDER_REVIEW,
            PermitStatus.INFORMATION_REQUESTED), null, true, EventType.PERMIT_REFERRED_TO_STATE_COUNCIL),
    APPROVE("approve", Role.AUTHORITY, EnumSet.of(PermitStatus.UNDER_REVIEW), PermitStatus.APPROVED, false,
            EventType.PERMIT_APPROVED),
    REFUSE("refuse", Role.AUTHORITY, EnumSet.of(PermitStatus.UNDER_REVIEW), PermitStatus.REFUSED, true,
            EventType.PERMIT_REFUSED),
    WITHDRAW("withdraw", Role.EXPORTER, EnumSet.of(PermitStatus.DRAFT, PermitStatus.SUBMITTED,
            PermitStatus.CORRECTIONS_REQUESTED, PermitStatus.UNDER_REVIEW, PermitStatus.INFORMATION_REQUESTED), PermitStatus.WITHDRAWN, false, EventType.PERMIT_WITHDRAWN),
    SUSPEND("suspend", Role.AUTHORITY, EnumSet.of(PermitStatus.APPROVED), PermitStatus.SUSPENDED, true,
            EventType.PERMIT_SUSPENDED),
    REINSTATE("reinstate", Role.AUTHORITY, EnumSet.of(PermitStatus.SUSPENDED), PermitStatus.APPROVED, false,
            EventType.PERMIT_REINSTATED),
    REVOKE("revoke", Role.AUTHORITY, EnumSet.of(PermitStatus.APPROVED, PermitStatus.SUSPENDED), PermitStatus.REVOKED, true,
            EventType.PERMIT_REVOKED),
    SURRENDER("surrender", Role.EXPORTER, EnumSet.of(PermitStatus.APPROVED, PermitStatus.SUSPENDED),
            PermitStatus.SURRENDERED, false, EventType.PERMIT_SURRENDERED);

    public final String path;
    public final Role role;
    public final Set<PermitStatus> from;
    /** Null for an action that leaves the status as it is. */
    public final PermitStatus to;
    /** Whether the action must say why (a refusal, a suspension, a question to the exporter). */
    public final boolean reasonRequired;
    public final EventType event;

    PermitAction(String path, Role role, Set<PermitStatus> from, PermitStatus to, boolean reasonRequired,
                 EventType event) {
        this.path = path;
        this.role = role;
        this.from = from;
        this.to = to;
        this.reasonRequired = reasonRequired;
        this.event = event;
    }

    public boolean allowed(PermitStatus status, Role caller) {
        return from.contains(status) && role == caller;
    }

    /** Whether the permit's clock is in a state the action can apply to (its status already allows it). */
    boolean applies(Permit permit) {
        return switch (this) {
            case REQUEST_INFORMATION, PAUSE_CLOCK -> permit.clockPausedSince == null;
            case RESUME_CLOCK -> permit.clockPauseReason != null && permit.clockPauseReason != ClockPause.INFORMATION_REQUEST;
            case REFER_TO_STATE_COUNCIL -> permit.referredToStateCouncilOn == null;
            default -> true;
        };
    }

    /** What a caller of that role may do to the permit, in its state that day, in table order. */
    public static List<PermitAction> allowedFor(Permit permit, PermitStatus status, Role caller) {
        return Arrays.stream(values()).filter(a -> a.allowed(status, caller) && a.applies(permit)).toList();
    }

    /** Where the action leads from {@code current}: the status it names, or the same one. */
    PermitStatus target(PermitStatus current) {
        return to == null ? current : to;
    }

    /** The action as the contract names it (PermitActionNamesTest holds the two tables together). */
    public PermitActionName contractName() {
        return PermitActionName.valueOf(name());
    }
}
