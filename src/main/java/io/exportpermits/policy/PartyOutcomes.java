package io.exportpermits.policy;

import io.exportpermits.listing.PartyList;
import io.exportpermits.listing.ListingStatus;
import io.exportpermits.listing.ScreeningService;
import io.exportpermits.listing.api.ScreeningRequest;
import io.exportpermits.listing.api.ScreeningResult;
import io.exportpermits.policy.api.ItemDetermination;
import io.exportpermits.policy.api.ItemDetermination.Outcome;
import io.exportpermits.policy.api.PartyDetermination;
import io.exportpermits.policy.api.PartyDetermination.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the lists mean for a shipment: a consignee or end user on the control list (in effect that day)
 * makes every dual-use item PROHIBITED, an exception being possible only in special cases; one on the
 * watch list leaves only an individual licence, with a risk assessment of the party, a compliance
 * commitment and no time limit on the review (Export Control Law Art. 18, Dual-Use Regulations Arts. 25-26).
 */
final class PartyOutcomes {
    private PartyOutcomes() {
    }

    static List<PartyDetermination> screen(ScreeningService screenings, ScreeningRequest.Subject consignee,
                                           ScreeningRequest.Subject endUser, LocalDate day) {
        List<ScreeningRequest.Subject> subjects = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        if (consignee != null) {
            subjects.add(consignee);
            fields.add("consignee.name");
            roles.add(Role.CONSIGNEE);
        }
        if (endUser != null) {
            subjects.add(endUser);
            fields.add("endUser.name");
            roles.add(Role.END_USER);
        }
        List<ScreeningResult> results = screenings.screen(subjects, fields, day);
        List<PartyDetermination> parties = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            parties.add(party(roles.get(i), results.get(i)));
        }
        return parties;
    }

    private static PartyDetermination party(Role role, ScreeningResult result) {
        String who = (role == Role.CONSIGNEE ? "Consignee" : "End user") + " \"" + result.name() + "\"";
        List<ScreeningResult.Candidate> candidates = result.candidates();
        ScreeningResult.Candidate control = inEffect(candidates, PartyList.CONTROL);
        if (control != null) {
            return new PartyDetermination(role, result.name(), PartyDetermination.Outcome.CONTROL_LISTED, candidates,
                    who + " matches " + listing(control) + ": dual-use exports to it are prohibited; an exporter may "
                            + "apply for an exception only in special cases.");
        }
        ScreeningResult.Candidate watch = inEffect(candidates, PartyList.WATCH);
        if (watch != null) {
            return new PartyDetermination(role, result.name(), PartyDetermination.Outcome.WATCH_LISTED, candidates,
                    who + " matches " + listing(watch) + ": no general licence; an individual licence application must "
                            + "add a risk assessment of the party and a written compliance commitment, and the "
                            + "45-working-day time limit does not apply.");
        }
        if (!candidates.isEmpty()) {
            ScreeningResult.Candidate best = candidates.get(0);
            return new PartyDetermination(role, result.name(), PartyDetermination.Outcome.LISTING_NOT_IN_EFFECT,
                    candidates, who + " matches " + listing(best) + ", whose measures do not apply that day: "
                            + best.standing().reason());
        }
        return new PartyDetermination(role, result.name(), PartyDetermination.Outcome.NO_MATCH, candidates,
                who + ": " + result.summary());
    }

    /** The item's answer once the parties are known: a listed party overrides what the items alone imply. */
    static ItemDetermination apply(List<PartyDetermination> parties, ItemDetermination item) {
        Outcome outcome = item.outcome();
        List<String> licenceTypes = item.licenceTypes();
        List<String> reasons = new ArrayList<>(item.reasons());
        for (PartyDetermination party : parties) {
            boolean listed = party.outcome() == PartyDetermination.Outcome.CONTROL_LISTED
                    || party.outcome() == PartyDetermination.Outcome.WATCH_LISTED;
            if (listed && item.outcome() == Outcome.NO_MATCHING_ENTRY) {
                // Nothing here says the item is dual-use; if it is, the listing applies to it.
                reasons.add(party.reason() + " This applies if the item is a dual-use item.");
            } else if (party.outcome() == PartyDetermination.Outcome.CONTROL_LISTED) {
                outcome = Outcome.PROHIBITED;
                licenceTypes = List.of();
                reasons.add(party.reason());
            } else if (party.outcome() == PartyDetermination.Outcome.WATCH_LISTED) {
                if (licenceTypes.contains("INDIVIDUAL")) {
                    licenceTypes = List.of("INDIVIDUAL");
                }
                reasons.add(party.reason());
            }
        }
        if (outcome != item.outcome()) {
            reasons.add("Outcome: the export is prohibited: a party is on the control list.");
        }
        return new ItemDetermination(item.index(), outcome, item.controlEntries(), item.policies(),
                outcome == Outcome.PROHIBITED ? List.of() : licenceTypes, reasons, item.basis());
    }

    private static ScreeningResult.Candidate inEffect(List<ScreeningResult.Candidate> candidates, PartyList list) {
        return candidates.stream().filter(c -> c.list() == list && c.standing().status() == ListingStatus.LISTED)
                .findFirst().orElse(null);
    }

    private static String listing(ScreeningResult.Candidate c) {
        return c.name() + " (score " + c.score().toPlainString() + ") on MOFCOM's "
                + (c.list() == PartyList.CONTROL ? "control list" : "watch list") + ", "
                + (c.announcement().reference() != null ? c.announcement().reference()
                : "announcement of " + c.announcement().publishedOn())
                + (c.standing().basis() == StandingBasis.SCHEDULED ? " (in effect by schedule only: "
                + c.standing().reason() + ")" : "");
    }
}
