package io.exportpermits.permit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.CreationOrderQuery.Positioned;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.security.Caller;
import io.exportpermits.common.security.Role;
import io.exportpermits.party.Party;
import io.exportpermits.permit.api.PermitJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The permit list: a keyset page of the permits the caller may see, each as its detail shows it less the
 * document checklist. The page's query reads each permit's version and its parties' with its position; a
 * permit whose JSON for this kind of reader was written from the same versions, day and calendar is sent as
 * written, and only the others are read and written (see {@link PermitJsonCache}).
 */
@ApplicationScoped
class PermitList {
    /** Selected with each position, in this order: whose permit it is, and the versions its JSON shows. */
    private static final String[] STAMP = {"p.exporterId", "p.version",
        "(select c.version from Party c where c.id = p.consigneeId)",
        "(select e.version from Party e where e.id = p.endUserId)"};

    private final PermitRepository permits;
    private final PermitRows rows;
    private final PermitViews views;
    private final HolidayRepository holidays;
    private final PermitJsonCache written;
    private final ObjectMapper json;
    private final Clock clock;

    PermitList(PermitRepository permits, PermitRows rows, PermitViews views, HolidayRepository holidays,
               PermitJsonCache written, ObjectMapper json, Clock clock) {
        this.permits = permits;
        this.rows = rows;
        this.views = views;
        this.holidays = holidays;
        this.written = written;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Page<PermitJson> list(PermitSearch search, PageRequest page, Caller caller) {
        LocalDate today = LocalDate.now(clock);
        var query = permits.query(search, caller.ownExporter().orElse(null),
                caller.role() == Role.IMPORTER ? caller.importerTenancy() : null, today,
                CreationOrder.after(page.cursor));
        List<Positioned> fetched = query.fetchPositions(permits, "Permit p", page.limit + 1, STAMP);
        Page<Positioned> positions = Page.fromLookahead(fetched, page.limit,
                p -> CreationOrder.cursor(p.position().createdAt(), p.position().id()));
        WorkingDays calendar = holidays.workingDays();

        Map<UUID, String> shown = new HashMap<>();
        List<UUID> unwritten = new ArrayList<>();
        for (Positioned positioned : positions.items()) {
            UUID id = positioned.position().uuid();
            List<Object> stamp = positioned.values();
            String kept = written.get(reader(id, (UUID) stamp.get(0), caller), new PermitJsonCache.Basis(
                    (Long) stamp.get(1), (Long) stamp.get(2), (Long) stamp.get(3), today, calendar));
            if (kept == null) {
                unwritten.add(id);
            } else {
                shown.put(id, kept);
            }
        }
        if (!unwritten.isEmpty()) {
            PermitRows.Loaded loaded = rows.byIds(unwritten);
            for (Permit permit : loaded.permits()) {
                shown.put(permit.id, write(permit, loaded.parties(), calendar, today, caller));
            }
        }
        // A permit deleted since the page's query (a draft) is left out, as a query a moment later would.
        List<PermitJson> items = positions.items().stream().map(p -> shown.get(p.position().uuid()))
                .filter(Objects::nonNull).map(PermitJson::new).toList();
        Page<PermitJson> result = new Page<>(items, positions.next());
        return search.include == null ? result : result.withTotal(query.count(permits));
    }

    private String write(Permit permit, Map<UUID, Party> parties, WorkingDays calendar, LocalDate today,
                         Caller caller) {
        try {
            String permitJson = json.writeValueAsString(views.listed(permit, parties, calendar, today, caller));
            written.put(reader(permit.id, permit.exporterId, caller), new PermitJsonCache.Basis(permit.version,
                    parties.get(permit.consigneeId).version, parties.get(permit.endUserId).version, today, calendar),
                    permitJson);
            return permitJson;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write permit " + permit.number, e);
        }
    }

    private static PermitJsonCache.Reader reader(UUID permit, UUID exporterId, Caller caller) {
        return new PermitJsonCache.Reader(permit, caller.role(), PermitViews.insider(exporterId, caller));
    }
}
