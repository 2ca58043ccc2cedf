package io.exportpermits.listing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The listings, read whole: a few hundred rows that every search and screening consults. The last
 * read is kept with the fingerprint of the table (row count and latest change) and reused while the
 * fingerprint holds, so a screening costs one small query, and a change made through any instance is
 * seen by the next request on every instance.
 */
@ApplicationScoped
public class ListedPartyRepository implements PanacheRepositoryBase<ListedParty, UUID> {
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    public record Snapshot(Fingerprint fingerprint, List<ListedParty> parties) {
    }

    record Fingerprint(long rows, Instant lastChange) {
    }

    /** Every listing with its suspensions, detached; callers must not change them. */
    public Snapshot all() {
        Object[] row = (Object[]) getEntityManager()
                .createQuery("select count(p), max(p.updatedAt) from ListedParty p").getSingleResult();
        Fingerprint current = new Fingerprint((Long) row[0], (Instant) row[1]);
        Snapshot known = snapshot.get();
        if (known != null && Objects.equals(known.fingerprint(), current)) {
            return known;
        }
        List<ListedParty> parties = getEntityManager().createQuery(
                "select distinct p from ListedParty p left join fetch p.suspensions order by p.listedOn desc, p.id",
                ListedParty.class).getResultList();
        Snapshot fresh = new Snapshot(current, List.copyOf(parties));
        snapshot.set(fresh);
        return fresh;
    }
}
