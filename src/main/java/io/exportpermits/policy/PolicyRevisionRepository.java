package io.exportpermits.policy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PolicyRevisionRepository implements PanacheRepositoryBase<PolicyRevision, UUID> {

    /** Newest first, starting below {@code beforeRevision} when given. */
    public List<PolicyRevision> page(String policyId, Integer beforeRevision, int rows) {
        return (beforeRevision == null
                ? find("policyId = ?1 order by revision desc", policyId)
                : find("policyId = ?1 and revision < ?2 order by revision desc", policyId, beforeRevision))
                .page(0, rows).list();
    }

    public int latest(String policyId) {
        Integer latest = find("select max(revision) from PolicyRevision where policyId = ?1", policyId)
                .project(Integer.class).firstResult();
        return latest == null ? 0 : latest;
    }
}
