package io.exportpermits.permit;

import io.exportpermits.common.paging.CreationOrder;
import io.exportpermits.common.paging.CreationOrderQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PermitRepository implements PanacheRepositoryBase<Permit, UUID> {
    /** {@link Permit#withoutTimeLimit()}, negated, in HQL. */
    private static final String TIME_LIMITED = "(referredToStateCouncilOn is null and (screening.parties is null "
            + "or cast(screening.parties as String) not like '%\"WATCH_LISTED\"%'))";

    /**
     * With its lines, which every representation of a permit shows. The number is unique: asking for the
     * first result instead would make Hibernate page the fetched lines in memory, and warn on every call.
     */
    public Optional<Permit> findByNumber(String number) {
        return find("from Permit p left join fetch p.lines where p.number = ?1", number).singleResultOptional();
    }

    /**
     * A keyset page in creation order, limited to one exporter's permits or to those naming one of the
     * parties given. EXPIRED is not stored: it is an issued permit whose validity ended before today.
     */
    public CreationOrderQuery query(PermitSearch search, UUID exporterScope, Set<UUID> partyScope,
                                    LocalDate today,
                                    CreationOrder after) {
        CreationOrderQuery query = new CreationOrderQuery()
                .newestFirst(search.sort.startsWith("-"))
                .and("exporterId = :exporterScope", "exporterScope", exporterScope)
                .and("consigneeId in :partyScope or endUserId in :partyScope", "partyScope", partyScope)
                .and("exporterId = :exporterId", "exporterId", search.exporterId)
                .and("type = :type", "type", search.type)
                .and("destination = :destination", "destination", search.destination)
                .and("updatedAt >= :updatedSince", "updatedSince", search.updatedSince)
                .and("id in (select l.permit.id from PermitLine l where l.element = :element)", "element", search.element)
                .and("id in (select l.permit.id from PermitLine l where l.controlCode = :code or l.controlCode like :subItems)",
                        "code", search.controlCode, "subItems", search.controlCode + ".%")
                .after(after, after == null ? null : after.uuid());
        if (Boolean.TRUE.equals(search.overdue)) {
            query.andAlways("status in ('SUBMITTED', 'UNDER_REVIEW') and clockPausedSince is null and " + TIME_LIMITED)
                    .and("decisionDueOn < :dueBefore", "dueBefore", today);
        } else if (Boolean.FALSE.equals(search.overdue)) {
            query.and("status not in ('SUBMITTED', 'UNDER_REVIEW') or clockPausedSince is not null or not "
                    + TIME_LIMITED + " or decisionDueOn >= :dueBefore", "dueBefore", today);
        }
        if (search.status == PermitStatus.EXPIRED) {
            query.and("status in ('APPROVED', 'SUSPENDED') and validUntil < :today", "today", today);
        } else if (search.status != null && search.status.issued()) {
            query.and("status = :status", "status", search.status).and("validUntil >= :today", "today", today);
        } else {
            query.and("status = :status", "status", search.status);
        }
        return query;
    }

    public long nextNumber() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('permit_number_seq')").getSingleResult())
                .longValue();
    }
}
