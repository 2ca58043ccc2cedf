package io.exportpermits.policy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class PolicyRepository implements PanacheRepositoryBase<Policy, String> {
    private final EntityManager entityManager;

    PolicyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
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
