package io.exportpermits.listing;

import io.exportpermits.common.paging.Cursor;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.listing.api.ListedPartyView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads of the listed parties, as they stood on any day. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ListedPartyService {
    private final ListedPartyRepository parties;
    private final Clock clock;

    ListedPartyService(ListedPartyRepository parties, Clock clock) {
        this.parties = parties;
        this.clock = clock;
    }

    /** Newest listing first; the cursor is the id of the last listing shown. */
    public Page<ListedPartyView> search(ListedPartySearch search, PageRequest page) {
        LocalDate day = search.asOf != null ? search.asOf : LocalDate.now(clock);
        List<ListedParty> matching = parties.all().parties().stream().filter(filter(search, day)).toList();
        int start = 0;
        if (page.cursor != null) {
            String lastId = Cursor.decode(page.cursor, 1).get(0);
            start = matching.stream().map(p -> p.id.toString()).toList().indexOf(lastId) + 1;
            if (start == 0) {
                throw ProblemException.invalidField("cursor", "is not a cursor this collection issued");
            }
        }
        List<ListedParty> fetched = matching.subList(start, Math.min(matching.size(), start + page.limit + 1));
        Page<ListedParty> rows = Page.fromLookahead(fetched, page.limit, p -> Cursor.encode(p.id.toString()));
        return new Page<>(rows.items().stream().map(p -> ListingViews.party(p, day)).toList(), rows.next());
    }

    public ListedPartyView get(UUID id, LocalDate asOf) {
        ListedParty party = parties.all().parties().stream().filter(p -> p.id.equals(id)).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No listed party has id " + id + "."));
        return ListingViews.party(party, asOf != null ? asOf : LocalDate.now(clock));
    }

    private static Predicate<ListedParty> filter(ListedPartySearch search, LocalDate day) {
        Predicate<ListedParty> filter = p -> true;
        if (search.list != null) {
            filter = filter.and(p -> p.list == search.list);
        }
        if (search.country != null) {
            filter = filter.and(p -> p.country.equals(search.country));
        }
        if (search.announcement != null) {
            String wanted = search.announcement.toLowerCase(Locale.ROOT);
            filter = filter.and(p -> p.announcement != null && p.announcement.toLowerCase(Locale.ROOT).contains(wanted));
        }
        if (search.standing != null) {
            filter = filter.and(p -> ListingStanding.of(p, day).status() == search.standing);
        }
        if (search.q != null) {
            NameForm words = NameForm.of(search.q);
            filter = filter.and(p -> containsAll(p, words));
        }
        return filter;
    }

    private static boolean containsAll(ListedParty party, NameForm words) {
        String haystack = " " + NameForm.of(String.join(" ", party.names())
                + (party.address == null ? "" : " " + party.address)).text() + " ";
        String compact = haystack.replace(" ", "");
        return words.tokens().stream().allMatch(w -> haystack.contains(w) || compact.contains(w));
    }
}
