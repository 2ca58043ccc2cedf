package io.exportpermits.listing;

import io.exportpermits.common.AfterCompletion;
import io.exportpermits.common.CurrentTransaction;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The listings, read whole: a few hundred rows that every search and screening consults. The last
 * read is kept with the fingerprint of the table (row count and latest change). Outside a transaction
 * the fingerprint is checked at most once a second, so a screening usually costs no query at all; a
 * change made through this instance is seen by the next request, one made through another within a
 * second. Inside a transaction the fingerprint is checked every time, so that a change screens against
 * its own writes.
 */
@ApplicationScoped
public class ListedPartyRepository implements PanacheRepositoryBase<ListedParty, UUID> {
    /** How soon a listing changed through another instance is screened against here. */
    static final long CHECK_EVERY_NANOS = 1_000_000_000L;

    public record Snapshot(Fingerprint fingerprint, List<ListedParty> parties) {
    }

    record Fingerprint(long rows, Instant lastChange) {
    }

    /** A snapshot read outside a transaction, and when its fingerprint was last found current. */
    private record Checked(Snapshot snapshot, long at, long generation) {
    }

    private final AfterCompletion afterCompletion;
    private final CurrentTransaction transaction;
    private final AtomicLong generation = new AtomicLong();
    private volatile Checked checked;

    ListedPartyRepository(AfterCompletion afterCompletion, CurrentTransaction transaction) {
        this.afterCompletion = afterCompletion;
        this.transaction = transaction;
    }

    /** Every listing with its suspensions, detached; callers must not change them. */
    public Snapshot all() {
        boolean inTransaction = transaction.exists();
        Checked last = checked;
        long now = System.nanoTime();
        if (!inTransaction && last != null && last.generation() == generation.get()
                && now - last.at() <= CHECK_EVERY_NANOS) {
            return last.snapshot();
        }
        long checkFor = generation.get();
        Object[] row = (Object[]) getEntityManager()
                .createQuery("select count(p), max(p.updatedAt) from ListedParty p").getSingleResult();
        Fingerprint current = new Fingerprint((Long) row[0], (Instant) row[1]);
        Snapshot known = last == null ? null : last.snapshot();
        Snapshot snapshot = known != null && Objects.equals(known.fingerprint(), current) ? known
                : new Snapshot(current, List.copyOf(getEntityManager().createQuery(
                        "select distinct p from ListedParty p left join fetch p.suspensions order by p.listedOn desc, p.id",
                        ListedParty.class).getResultList()));
        // Only a read outside a transaction is kept for others: one inside may hold rows not yet committed,
        // even under a fingerprint that the table has again after a rollback. A change ending while this
        // read ran makes the next read check again.
        if (!inTransaction && generation.get() == checkFor) {
            checked = new Checked(snapshot, now, checkFor);
        }
        return snapshot;
    }

    /** Makes the next read check the database once the current transaction, which changes listings, ends. */
    void changedInThisTransaction() {
        afterCompletion.run(generation::incrementAndGet);
    }
}
