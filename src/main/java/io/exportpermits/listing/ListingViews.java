package io.exportpermits.listing;

import io.exportpermits.listing.api.ListedPartyView;
import io.exportpermits.listing.api.ListingStandingView;
import io.exportpermits.listing.api.ListingSuspensionView;
import java.time.LocalDate;

/** Entity to wire mapping for listings, on the day asked about. */
final class ListingViews {
    static final String PATH = "/api/v1/listed-parties/";

    private ListingViews() {
    }

    static ListedPartyView party(ListedParty p, LocalDate day) {
        return new ListedPartyView(p.id, p.list, p.authority, p.name, p.nameZh, p.aliases, p.country, p.address,
                announcement(p), p.listedOn, p.liftedOn, standing(ListingStanding.of(p, day)),
                p.suspensions.stream().map(s -> new ListingSuspensionView(s.decision, s.fromDate, s.untilDate,
                        s.endConfirmed, s.source, s.note)).toList(),
                p.note, p.sources, p.lastVerifiedOn);
    }

    static ListedPartyView.AnnouncementView announcement(ListedParty p) {
        return new ListedPartyView.AnnouncementView(p.announcement, p.announcementConfirmed, p.announcementUrl,
                p.listedOn);
    }

    static ListingStandingView standing(ListingStanding s) {
        return new ListingStandingView(s.asOf(), s.status(), s.reason(), s.since(), s.basis(),
                s.suspension() == null ? null : s.suspension().decision,
                s.suspension() == null ? null : s.suspension().untilDate);
    }
}
