package io.exportpermits.policy;

import io.exportpermits.common.CurrentTransaction;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class PolicyRepository implements PanacheRepositoryBase<Policy, String> {
    /** How soon a change another instance makes to the policies or the control list shows here. */
    static final long SNAPSHOT_TTL_NANOS = 5_000_000_000L;

    private record Snapshot(Catalogue catalogue, long readAt, long generation) {
    }

    private final EntityManager entityManager;
    private final CurrentTransaction transaction;
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    PolicyRepository(EntityManager entityManager, CurrentTransaction transaction) {
        this.entityManager = entityManager;
        this.transaction = transaction;
    }

    /**
     * The catalogue for a read: outside a transaction the one read last, again every few seconds and after
     * a change here commits (a determination read all of it with every request); inside one, from the
     * database, so that a change reads its own writes. Its entities are shared between requests: never
     * change them.
     */
    public Catalogue current() {
        if (transaction.exists()) {
            return catalogue();
        }
        Snapshot last = snapshot;
        long now = System.nanoTime();
        if (last != null && last.generation() == generation.get() && now - last.readAt() <= SNAPSHOT_TTL_NANOS) {
            return last.catalogue();
        }
        // A change committed while this read ran makes the generation move on, and the read is not kept.
        long readFor = generation.get();
        Catalogue read = catalogue();
        if (generation.get() == readFor) {
            snapshot = new Snapshot(read, now, readFor);
        }
        return read;
    }

    /** Makes the next read go to the database: after a change on this instance has ended. */
    void forgetSnapshot() {
        generation.incrementAndGet();
    }

    /** The whole catalogue in four queries; it is reference data of a few hundred rows at most. */
    public Catalogue catalogue() {
        List<Policy> policies = entityManager.createQuery(
                "select distinct p from Policy p left join fetch p.measures order by p.publishedOn, p.id", Policy.class)
                .getResultList();
        List<Suspension> suspensions = entityManager.createQuery(
                "select s from Suspension s join fetch s.declaredBy order by s.fromDate", Suspension.class).getResultList();
        List<ControlEntry> entries = entityManager.createQuery(
                "select e from ControlEntry e order by e.code", ControlEntry.class).getResultList();
        Map<String, IssuingAuthority> authorities = entityManager.createQuery(
                "select a from IssuingAuthority a", IssuingAuthority.class).getResultStream()
                .collect(Collectors.toMap(a -> a.code, Function.identity()));
        return new Catalogue(policies, suspensions, entries, authorities);
    }
}
