package io.exportpermits.listing;

import io.exportpermits.policy.Standing;
import io.exportpermits.policy.StandingBasis;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * Where a listing stands on one day, since when, and whether a source confirms it or only a schedule
 * does: a suspension that reaches its last day makes the listing apply again from the next, but
 * unless a source confirms that end, the answer says so.
 */
public record ListingStanding(LocalDate asOf, ListingStatus status, String reason, ListingSuspension suspension,
                              LocalDate since, StandingBasis basis) {

    public static ListingStanding of(ListedParty party, LocalDate day) {
        LocalDate verified = party.lastVerifiedOn;
        String listing = listing(party);
        if (day.isBefore(party.listedOn)) {
            return new ListingStanding(day, ListingStatus.NOT_YET_LISTED, "Listed from " + party.listedOn + " by "
                    + listing + ".", null, null, StandingBasis.CONFIRMED);
        }
        if (party.liftedOn != null && !day.isBefore(party.liftedOn)) {
            return new ListingStanding(day, ListingStatus.LIFTED, "Lifted on " + party.liftedOn
                    + (party.liftedBy == null ? "" : " by " + party.liftedBy) + "; listed on " + party.listedOn + " by "
                    + listing + ".", null, party.liftedOn, Standing.basisOfChangeOn(party.liftedOn, verified));
        }
        Optional<ListingSuspension> active = party.suspensions.stream().filter(s -> s.coversDay(day)).findFirst();
        if (active.isPresent()) {
            ListingSuspension s = active.get();
            return new ListingStanding(day, ListingStatus.SUSPENDED, "Measures suspended by the " + s.decision + " from "
                    + s.fromDate + (s.untilDate == null ? ", with no end stated" : " until " + s.untilDate
                    + " (both days included)") + "; listed on " + party.listedOn + " by " + listing + ".", s, s.fromDate,
                    Standing.basisOfChangeOn(s.fromDate, verified));
        }
        Optional<ListingSuspension> ended = party.suspensions.stream()
                .filter(s -> s.untilDate != null && s.untilDate.isBefore(day))
                .max(Comparator.comparing((ListingSuspension s) -> s.untilDate));
        if (ended.isPresent()) {
            ListingSuspension s = ended.get();
            LocalDate since = s.untilDate.plusDays(1);
            StandingBasis basis = s.endConfirmed ? Standing.basisOfChangeOn(since, verified) : StandingBasis.SCHEDULED;
            return new ListingStanding(day, ListingStatus.LISTED, "Listed again since " + since + (basis == StandingBasis.CONFIRMED
                    ? ", when the suspension by the " + s.decision + " (" + s.fromDate + " to " + s.untilDate + ") ended."
                    : ", the day after the suspension by the " + s.decision + " (" + s.fromDate + " to " + s.untilDate
                    + ") was scheduled to end; no source checked by " + verified
                    + " confirms that it ended then, or says whether it was extended.")
                    + " First listed on " + party.listedOn + " by " + listing + ".", null, since, basis);
        }
        return new ListingStanding(day, ListingStatus.LISTED, "Listed since " + party.listedOn + " by " + listing + ".",
                null, party.listedOn, Standing.basisOfChangeOn(party.listedOn, verified));
    }

    /** Whether the list's measures apply on the day. */
    public boolean applies() {
        return status == ListingStatus.LISTED;
    }

    private static String listing(ListedParty party) {
        return (party.announcement != null ? party.announcement : party.authority + "'s announcement of " + party.listedOn)
                + " (" + (party.list == PartyList.CONTROL ? "control list" : "watch list") + ")";
    }
}
