package io.exportpermits.policy;

import io.exportpermits.common.paging.Cursor;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.policy.api.ControlEntryView;
import io.exportpermits.policy.api.PolicyView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Reads of policies and the control list, as they stood on any day. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PolicyService {
    private final PolicyRepository policies;
    private final Clock clock;

    PolicyService(PolicyRepository policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    public Page<PolicyView> search(PolicySearch search, PageRequest page) {
        LocalDate day = search.asOf != null ? search.asOf : LocalDate.now(clock);
        Catalogue catalogue = policies.current();
        boolean descending = search.sort.startsWith("-");
        Function<Policy, LocalDate> sortKey = search.sort.endsWith("effectiveFrom") ? p -> p.effectiveFrom : p -> p.publishedOn;
        Comparator<Policy> order = Comparator.comparing(sortKey).thenComparing(p -> p.id);
        if (descending) {
            order = order.reversed();
        }
        List<Policy> matching = catalogue.policies().stream().filter(filter(search, catalogue, day)).sorted(order).toList();
        int start = 0;
        if (page.cursor != null) {
            // The list is small and sorted in memory: the cursor is the id of the last policy shown.
            String lastId = Cursor.decode(page.cursor, 1).get(0);
            start = matching.stream().map(p -> p.id).toList().indexOf(lastId) + 1;
            if (start == 0) {
                throw ProblemException.invalidField("cursor", "is not a cursor this collection issued");
            }
        }
        List<Policy> fetched = matching.subList(start, Math.min(matching.size(), start + page.limit + 1));
        Page<Policy> rows = Page.fromLookahead(fetched, page.limit, p -> Cursor.encode(p.id));
        return new Page<>(rows.items().stream().map(p -> PolicyViews.policy(p, catalogue, day)).toList(), rows.next());
    }

    public PolicyView get(String id, LocalDate asOf) {
        Catalogue catalogue = policies.current();
        Policy policy = catalogue.policy(id)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No policy has id " + id + "."));
        return PolicyViews.policy(policy, catalogue, asOf != null ? asOf : LocalDate.now(clock));
    }

    /** The control list, flat or as a tree of roots with their sub-items; filters keep an entry's ancestors. */
    public Page<ControlEntryView> controlList(ControlListSearch search, PageRequest page) {
        Catalogue catalogue = policies.current();
        Map<String, ControlEntry> byCode = catalogue.entriesByCode();
        Predicate<ControlEntry> matches = e -> (search.element == null || e.elements.contains(search.element))
                && (search.hsCode == null || e.hsCodes.stream().anyMatch(hs -> hs.startsWith(search.hsCode)))
                && (search.codePrefix == null || e.code.startsWith(search.codePrefix));
        List<ControlEntry> matching = catalogue.controlEntries().stream().filter(matches).toList();
        List<ControlEntryView> views;
        if (search.view == ControlListSearch.View.TREE) {
            Map<String, List<ControlEntry>> children = matching.stream().filter(e -> e.parentCode != null)
                    .collect(Collectors.groupingBy(e -> e.parentCode));
            views = matching.stream().map(e -> root(e, byCode)).distinct().sorted(Comparator.comparing(e -> e.code))
                    .map(root -> PolicyViews.entryTree(root, children)).toList();
        } else {
            views = matching.stream().map(e -> PolicyViews.entry(e, List.of())).toList();
        }
        int start = page.cursor == null ? 0 : startAfter(views, Cursor.decode(page.cursor, 1).get(0));
        List<ControlEntryView> fetched = views.subList(start, Math.min(views.size(), start + page.limit + 1));
        return Page.fromLookahead(fetched, page.limit, e -> Cursor.encode(e.code()));
    }

    public ControlEntryView controlEntry(String code) {
        Catalogue catalogue = policies.current();
        ControlEntry entry = catalogue.entriesByCode().get(code.strip());
        if (entry == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No control list entry has code " + code
                    + " in this service's data. That does not mean the item is uncontrolled.");
        }
        Map<String, List<ControlEntry>> children = catalogue.controlEntries().stream().filter(e -> e.parentCode != null)
                .collect(Collectors.groupingBy(e -> e.parentCode));
        return PolicyViews.entryTree(entry, children);
    }

    public boolean controlCodeExists(String code) {
        return policies.getEntityManager().find(ControlEntry.class, code) != null;
    }

    private static ControlEntry root(ControlEntry entry, Map<String, ControlEntry> byCode) {
        ControlEntry root = entry;
        while (root.parentCode != null && byCode.containsKey(root.parentCode)) {
            root = byCode.get(root.parentCode);
        }
        return root;
    }

    private static int startAfter(List<ControlEntryView> views, String code) {
        for (int i = 0; i < views.size(); i++) {
            if (views.get(i).code().compareTo(code) > 0) {
                return i;
            }
        }
        return views.size();
    }

    private static Predicate<Policy> filter(PolicySearch search, Catalogue catalogue, LocalDate day) {
        Predicate<Policy> filter = p -> true;
        if (search.status != null) {
            filter = filter.and(p -> catalogue.standing(p, day).status() == search.status);
        }
        if (search.authority != null) {
            filter = filter.and(p -> p.authorities.contains(search.authority.toUpperCase(Locale.ROOT)));
        }
        if (search.element != null) {
            filter = filter.and(p -> p.measures.stream().anyMatch(m -> m.elements.contains(search.element)));
        }
        if (search.controlCode != null) {
            filter = filter.and(p -> p.measures.stream().anyMatch(m -> m.coversControlCode(search.controlCode)));
        }
        if (search.hsCode != null) {
            filter = filter.and(p -> p.measures.stream().anyMatch(m -> m.coversHsCode(search.hsCode)));
        }
        if (search.q != null) {
            String words = search.q.toLowerCase(Locale.ROOT);
            filter = filter.and(p -> (p.title + " " + p.summary).toLowerCase(Locale.ROOT).contains(words));
        }
        return filter;
    }
}
