package io.exportpermits.policy;

import io.exportpermits.common.http.CanonicalDecimals;
import io.exportpermits.listing.ScreeningService;
import io.exportpermits.listing.api.ScreeningRequest;
import io.exportpermits.policy.api.PartyDetermination;
import io.exportpermits.policy.api.Determination;
import io.exportpermits.policy.api.DeterminationItem;
import io.exportpermits.policy.api.DeterminationRequest;
import io.exportpermits.policy.api.ItemDetermination;
import io.exportpermits.policy.api.ItemDetermination.MatchedEntry;
import io.exportpermits.policy.api.ItemDetermination.Outcome;
import io.exportpermits.policy.api.ItemDetermination.PolicyEffect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Answers "does this shipment need a licence?" item by item, from the measures in force that day:
 * a ban or refusal in principle beats a licence requirement, which beats nothing. Every measure that
 * covers the item is reported, applying or not, so the answer can be checked against the sources.
 */
@ApplicationScoped
public class DeterminationService {
    static final String DISCLAIMER = "Information from the announcements this service carries, not legal advice: "
            + "the issuing authority decides.";

    private final PolicyRepository policies;
    private final ScreeningService screenings;
    private final Clock clock;

    DeterminationService(PolicyRepository policies, ScreeningService screenings, Clock clock) {
        this.policies = policies;
        this.screenings = screenings;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Determination determine(DeterminationRequest request) {
        LocalDate day = request.date() != null ? request.date() : LocalDate.now(clock);
        List<PartyDetermination> parties = PartyOutcomes.screen(screenings, request.consignee(), request.endUser(), day);
        Catalogue catalogue = policies.current();
        List<ItemDetermination> answers = new ArrayList<>();
        Set<LocalDate> verifications = new LinkedHashSet<>();
        for (int i = 0; i < request.items().size(); i++) {
            answers.add(PartyOutcomes.apply(parties,
                    determine(i, request.items().get(i), request, day, catalogue, verifications)));
        }
        LocalDate oldest = verifications.stream().min(Comparator.naturalOrder())
                .orElseGet(() -> Stream.concat(catalogue.policies().stream().map(p -> p.lastVerifiedOn),
                        catalogue.controlEntries().stream().map(e -> e.lastVerifiedOn)).min(Comparator.naturalOrder())
                        .orElse(day));
        return new Determination(day, request.destination(), request.endUserKind(), answers, parties, oldest,
                DISCLAIMER);
    }

    /**
     * The consignee and end user screened as a determination screens them, for answers that name parties
     * (a permit); either may be null. A name with nothing to compare is a 400 on {@code <role>.name}.
     */
    public List<PartyDetermination> screenParties(ScreeningRequest.Subject consignee, ScreeningRequest.Subject endUser,
                                                  LocalDate day) {
        return PartyOutcomes.screen(screenings, consignee, endUser, day);
    }

    private ItemDetermination determine(int index, DeterminationItem item, DeterminationRequest request, LocalDate day,
                                        Catalogue catalogue, Set<LocalDate> verifications) {
        String form = item.form() == null ? null : item.form().name();
        boolean foreignMade = Boolean.TRUE.equals(item.foreignMade());
        List<MatchedEntry> entries = matchedEntries(item, form, catalogue);
        catalogue.controlEntries().stream().filter(e -> entries.stream().anyMatch(m -> m.code().equals(e.code)))
                .forEach(e -> verifications.add(e.lastVerifiedOn));

        List<String> reasons = new ArrayList<>();
        List<PolicyEffect> effects = new ArrayList<>();
        Set<String> licenceTypes = new LinkedHashSet<>();
        List<Measure> naming = catalogue.policies().stream().flatMap(p -> p.measures.stream())
                .filter(m -> m.foreignMadeOnly == foreignMade && !m.allDualUseItems && names(m, item, form, entries))
                .toList();
        // An item is dual-use when the control list or a measure names it, in force that day or not.
        boolean covered = !entries.isEmpty() || !naming.isEmpty();
        boolean licence = false;
        boolean banned = false;
        for (Policy policy : catalogue.policies()) {
            for (Measure measure : policy.measures) {
                boolean concerned = naming.contains(measure)
                        || (measure.allDualUseItems && measure.foreignMadeOnly == foreignMade && covered);
                if (!concerned || !measure.appliesTo(request.destination(), request.endUserKind().name())) {
                    continue;
                }
                verifications.add(policy.lastVerifiedOn);
                Standing standing = catalogue.standing(policy, day);
                String why = whyNot(measure, item, standing, catalogue, day);
                boolean applies = why == null;
                String effect = applies ? applies(measure, standing) : why;
                effects.add(new PolicyEffect(policy.id, policy.title, measure.clause, measure.kind.name(),
                        standing.status().name(), standing.basis(), applies, effect));
                reasons.add(policy.title + ", clause " + measure.clause + ": " + effect);
                if (applies && measure.kind == MeasureKind.LICENCE_REQUIRED) {
                    licence = true;
                    licenceTypes.addAll(measure.licenceTypes);
                } else if (applies) {
                    banned = true;
                }
            }
        }
        Outcome outcome = banned ? Outcome.PROHIBITED : licence ? Outcome.LICENCE_REQUIRED
                : covered ? Outcome.NOT_REQUIRED : Outcome.NO_MATCHING_ENTRY;
        reasons.add(conclusion(outcome, item));
        StandingBasis basis = effects.stream().anyMatch(e -> e.basis() == StandingBasis.SCHEDULED)
                ? StandingBasis.SCHEDULED : StandingBasis.CONFIRMED;
        if (basis == StandingBasis.SCHEDULED) {
            reasons.add("Caveat: this rests on a scheduled date that no source checked confirms; see each policy's reason.");
        }
        return new ItemDetermination(index, outcome, entries, effects,
                outcome == Outcome.LICENCE_REQUIRED ? List.copyOf(licenceTypes) : List.of(), reasons, basis);
    }

    private static List<MatchedEntry> matchedEntries(DeterminationItem item, String form, Catalogue catalogue) {
        List<MatchedEntry> matched = new ArrayList<>();
        for (ControlEntry entry : catalogue.controlEntries()) {
            String by = null;
            if (item.controlCode() != null && ControlEntry.covers(entry.code, item.controlCode())) {
                by = "CONTROL_CODE";
            } else if (item.hsCode() != null && entry.hsCodes.stream().anyMatch(hs -> hs.startsWith(item.hsCode()))) {
                by = "HS_CODE";
            } else if (item.element() != null && entry.elements.contains(item.element())
                    && (form == null || entry.forms.contains(form))
                    && !(entry.forms.isEmpty() && form != null && hasSubItems(entry, catalogue))) {
                by = "ELEMENT_AND_FORM";
            }
            if (by != null) {
                matched.add(new MatchedEntry(entry.code, entry.description, by));
            }
        }
        return matched;
    }

    /** A parent entry (1C902) matches an element and form only through the sub-item naming that form. */
    private static boolean hasSubItems(ControlEntry entry, Catalogue catalogue) {
        return catalogue.controlEntries().stream().anyMatch(e -> entry.code.equals(e.parentCode));
    }

    private static boolean names(Measure measure, DeterminationItem item, String form, List<MatchedEntry> entries) {
        return measure.coversControlCode(item.controlCode())
                || entries.stream().anyMatch(e -> measure.coversControlCode(e.code()))
                || measure.coversHsCode(item.hsCode())
                || measure.coversElement(item.element(), form)
                || measure.coversForm(form);
    }

    /** Why a covering measure does not decide the outcome on that day, or null when it does. */
    private static String whyNot(Measure measure, DeterminationItem item, Standing standing, Catalogue catalogue,
                                 LocalDate day) {
        if (!standing.inForce()) {
            return "does not apply on " + day + ": " + standing.reason();
        }
        var clauseSuspension = catalogue.activeSuspension(measure.policy.id, measure.clause, day);
        if (clauseSuspension.isPresent()) {
            var s = clauseSuspension.get();
            return "clause suspended by " + s.declaredBy.title + " until " + s.untilDate + ".";
        }
        if (measure.appliesFrom != null && day.isBefore(measure.appliesFrom)) {
            return "applies from " + measure.appliesFrom + ".";
        }
        if (measure.deMinimisPercent != null && item.controlledContentPercent() != null
                && item.controlledContentPercent().compareTo(measure.deMinimisPercent) < 0) {
            return "controlled content of " + CanonicalDecimals.text(item.controlledContentPercent()) + " % is below the "
                    + CanonicalDecimals.text(measure.deMinimisPercent) + " % threshold.";
        }
        return null;
    }

    private static String applies(Measure measure, Standing standing) {
        String effect = switch (measure.kind) {
            case LICENCE_REQUIRED -> "applies: " + measure.description;
            case PROHIBITED -> "applies: the export is banned. " + measure.description;
            case REFUSED_IN_PRINCIPLE -> "applies: an application would be refused in principle. " + measure.description;
        };
        if (measure.deMinimisPercent != null) {
            effect += " (from " + CanonicalDecimals.text(measure.deMinimisPercent)
                    + " % controlled content by value; give controlledContentPercent to check the threshold)";
        }
        return effect + " " + standing.reason();
    }

    private static String conclusion(Outcome outcome, DeterminationItem item) {
        return switch (outcome) {
            case PROHIBITED -> "Outcome: the export is prohibited or would be refused in principle.";
            case LICENCE_REQUIRED -> "Outcome: an export licence is required.";
            case NOT_REQUIRED -> "Outcome: no licence is required on this day under the announcements carried here.";
            case NO_MATCHING_ENTRY -> "Outcome: nothing in this service's control list or policies covers "
                    + (item.hsCode() != null ? "HS code " + item.hsCode() : "this item")
                    + ". That does not mean it is uncontrolled: check the full control list.";
        };
    }
}
