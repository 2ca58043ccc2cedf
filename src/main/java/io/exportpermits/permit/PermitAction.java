package io.exportpermits.permit;

import io.exportpermits.common.security.Role;
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
    SUBMIT("submit", Role.EXPORTER, EnumSet.of(PermitStatus.DRAFT), PermitStatus.SUBMITTED, false),
    START_REVIEW("start-review", Role.AUTHORITY, EnumSet.of(PermitStatus.SUBMITTED), PermitStatus.UNDER_REVIEW, false),
    REQUEST_INFORMATION("request-information", Role.AUTHORITY, EnumSet.of(PermitStatus.UNDER_REVIEW),
            PermitStatus.INFORMATION_REQUESTED, true),
    RESPOND("respond", Role.EXPORTER, EnumSet.of(PermitStatus.INFORMATION_REQUESTED), PermitStatus.UNDER_REVIEW, true),
    APPROVE("approve", Role.AUTHORITY, EnumSet.of(PermitStatus.UNDER_REVIEW), PermitStatus.APPROVED, false),
    REFUSE("refuse", Role.AUTHORITY, EnumSet.of(PermitStatus.UNDER_REVIEW), PermitStatus.REFUSED, true),
    WITHDRAW("withdraw", Role.EXPORTER, EnumSet.of(PermitStatus.DRAFT, PermitStatus.SUBMITTED, PermitStatus.UNDER_REVIEW,
            PermitStatus.INFORMATION_REQUESTED), PermitStatus.WITHDRAWN, false),
    SUSPEND("suspend", Role.AUTHORITY, EnumSet.of(PermitStatus.APPROVED), PermitStatus.SUSPENDED, true),
    REINSTATE("reinstate", Role.AUTHORITY, EnumSet.of(PermitStatus.SUSPENDED), PermitStatus.APPROVED, false),
    REVOKE("revoke", Role.AUTHORITY, EnumSet.of(PermitStatus.APPROVED, PermitStatus.SUSPENDED), PermitStatus.REVOKED, true),
    SURRENDER("surrender", Role.EXPORTER, EnumSet.of(PermitStatus.APPROVED, PermitStatus.SUSPENDED),
            PermitStatus.SURRENDERED, false);

    public final String path;
    public final Role role;
    public final Set<PermitStatus> from;
    public final PermitStatus to;
    /** Whether the action must say why (a refusal, a suspension, a question to the exporter). */
    public final boolean reasonRequired;

    PermitAction(String path, Role role, Set<PermitStatus> from, PermitStatus to, boolean reasonRequired) {
        this.path = path;
        this.role = role;
        this.from = from;
        this.to = to;
        this.reasonRequired = reasonRequired;
    }

    public boolean allowed(PermitStatus status, Role caller) {
        return from.contains(status) && role == caller;
    }

    /** What a caller of that role may do to a permit in that state, in table order. */
    public static List<String> allowedFor(PermitStatus status, Role caller) {
        return Arrays.stream(values()).filter(a -> a.allowed(status, caller)).map(a -> a.path).toList();
    }
}
