package io.exportpermits.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every policy, suspension and control entry, read together so that the state of any day can be
 * computed without touching the data: a suspension that ends makes its policy IN_FORCE again from
 * the next day by itself.
 */
public record Catalogue(List<Policy> policies, List<Suspension> suspensions, List<ControlEntry> controlEntries,
                        Map<String, IssuingAuthority> authorities) {

    public Optional<Policy> policy(String id) {
        return policies.stream().filter(p -> p.id.equals(id)).findFirst();
    }

    public Map<String, ControlEntry> entriesByCode() {
        return controlEntries.stream().collect(Collectors.toMap(e -> e.code, Function.identity()));
    }

    public Standing standing(Policy policy, LocalDate day) {
        LocalDate verified = policy.lastVerifiedOn;
        if (policy.repealedOn != null && !day.isBefore(policy.repealedOn)) {
            return new Standing(day, PolicyStatus.REPEALED, "Repealed on " + policy.repealedOn + ".", null,
                    policy.repealedOn, Standing.basisOfChangeOn(policy.repealedOn, verified));
        }
        if (day.isBefore(policy.effectiveFrom)) {
            return new Standing(day, PolicyStatus.PENDING, "In force from " + policy.effectiveFrom + ".", null,
                    policy.publishedOn, StandingBasis.CONFIRMED);
        }
        if (policy.effectiveUntil != null && day.isAfter(policy.effectiveUntil)) {
            LocalDate expired = policy.effectiveUntil.plusDays(1);
            return new Standing(day, PolicyStatus.EXPIRED, "Expired after " + policy.effectiveUntil + ".", null,
                    expired, Standing.basisOfChangeOn(expired, verified));
        }
        Optional<Suspension> suspension = activeSuspension(policy.id, null, day);
        if (suspension.isPresent()) {
            Suspension s = suspension.get();
            LocalDate since = s.fromDate.isAfter(policy.effectiveFrom) ? s.fromDate : policy.effectiveFrom;
            return new Standing(day, PolicyStatus.SUSPENDED, "Suspended by " + s.declaredBy.title + " from " + s.fromDate
                    + " until " + s.untilDate + " (both days included).", s, since, Standing.basisOfChangeOn(since, verified));
        }
        Optional<Suspension> ended = lastEndedSuspension(policy, day);
        if (ended.isPresent()) {
            Suspension s = ended.get();
            LocalDate since = s.untilDate.plusDays(1);
            StandingBasis basis = s.endConfirmed ? Standing.basisOfChangeOn(since, verified) : StandingBasis.SCHEDULED;
            return new Standing(day, PolicyStatus.IN_FORCE, "In force again since " + since + (basis == StandingBasis.CONFIRMED
                    ? ", when its suspension by " + s.declaredBy.title + " (" + s.fromDate + " to " + s.untilDate + ") ended."
                    : ", the day after its suspension by " + s.declaredBy.title + " (" + s.fromDate + " to " + s.untilDate
                    + ") was scheduled to end; no source checked by " + verified
                    + " confirms that it ended then, or says whether it was extended.")
                    + " First in force on " + policy.effectiveFrom + ".", null, since, basis);
        }
        return new Standing(day, PolicyStatus.IN_FORCE, "In force since " + policy.effectiveFrom + ".", null,
                policy.effectiveFrom, Standing.basisOfChangeOn(policy.effectiveFrom, verified));
    }

    /** The whole-policy suspension that ended last before the day, while the policy was in effect. */
    private Optional<Suspension> lastEndedSuspension(Policy policy, LocalDate day) {
        return suspensions.stream()
                .filter(s -> policy.id.equals(s.suspendedPolicyId) && s.clause == null)
                .filter(s -> s.untilDate.isBefore(day) && !s.untilDate.isBefore(policy.effectiveFrom))
                .filter(s -> declaringPolicyEffective(s.declaredBy, s.untilDate))
                .max(Comparator.comparing((Suspension s) -> s.untilDate));
    }

    /**
     * The suspension of a policy, or of one clause of it when {@code clause} is given, that covers the
     * day, declared by a policy that itself has taken effect and not been repealed by then.
     */
    public Optional<Suspension> activeSuspension(String policyId, String clause, LocalDate day) {
        return suspensions.stream()
                .filter(s -> policyId.equals(s.suspendedPolicyId))
                .filter(s -> clause == null ? s.clause == null : clause.equals(s.clause))
                .filter(s -> s.coversDay(day))
                .filter(s -> declaringPolicyEffective(s.declaredBy, day))
                .findFirst();
    }

    /** Suspensions that other policies declare on this one. */
    public List<Suspension> suspensionsOf(String policyId) {
        return suspensions.stream().filter(s -> policyId.equals(s.suspendedPolicyId)).toList();
    }

    private static boolean declaringPolicyEffective(Policy declaring, LocalDate day) {
        return !day.isBefore(declaring.effectiveFrom) && (declaring.repealedOn == null || day.isBefore(declaring.repealedOn));
    }
}
