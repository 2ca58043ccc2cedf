package io.exportpermits.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.exportpermits.common.AfterCompletion;
import io.exportpermits.common.paging.Cursor;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.security.Caller;
import io.exportpermits.policy.api.RevisionView;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The history of reference data: who changed what, when, why, and the text it replaced. */
@ApplicationScoped
public class RevisionLog implements PanacheRepositoryBase<Revision, UUID> {
    private final ObjectMapper json;
    private final PolicyRepository policies;
    private final AfterCompletion afterCompletion;
    private final Clock clock;

    RevisionLog(ObjectMapper json, PolicyRepository policies, AfterCompletion afterCompletion, Clock clock) {
        this.json = json;
        this.policies = policies;
        this.afterCompletion = afterCompletion;
        this.clock = clock;
    }

    /** Appends a revision; {@code previous} is the representation before the change, or null on creation. */
    public void record(Revision.SubjectType type, String subjectId, Revision.Kind kind, String reason, Object previous,
                       Caller caller) {
        Revision revision = new Revision();
        revision.id = UUID.randomUUID();
        revision.subjectType = type;
        revision.subjectId = subjectId;
        revision.revision = latest(type, subjectId) + 1;
        revision.kind = kind;
        revision.changedAt = clock.instant();
        revision.changedByKeyId = caller.keyId();
        revision.reason = reason.strip();
        try {
            revision.previous = previous == null ? null : json.writeValueAsString(previous);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot keep the earlier text", e);
        }
        persist(revision);
        // Every change to a policy or the control list records a revision: where the shared snapshot learns of it.
        afterCompletion.run(policies::forgetSnapshot);
    }

    /** Newest first. */
    public Page<RevisionView> page(Revision.SubjectType type, String subjectId, PageRequest page) {
        Integer before = page.cursor == null ? null : parseRevision(Cursor.decode(page.cursor, 1).get(0));
        List<Revision> rows = (before == null
                ? find("subjectType = ?1 and subjectId = ?2 order by revision desc", type, subjectId)
                : find("subjectType = ?1 and subjectId = ?2 and revision < ?3 order by revision desc", type, subjectId,
                before))
                .page(0, page.limit + 1).list();
        return Page.fromLookahead(rows.stream().map(this::view).toList(), page.limit,
                r -> Cursor.encode(Integer.toString(r.revision())));
    }

    private int latest(Revision.SubjectType type, String subjectId) {
        Integer latest = find("select max(revision) from Revision where subjectType = ?1 and subjectId = ?2", type,
                subjectId).project(Integer.class).firstResult();
        return latest == null ? 0 : latest;
    }

    private RevisionView view(Revision r) {
        try {
            return new RevisionView(r.revision, r.kind.name(), r.changedAt, r.changedByKeyId, r.reason,
                    r.previous == null ? null : json.readTree(r.previous));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored revision is not JSON", e);
        }
    }

    private static int parseRevision(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this collection issued");
        }
    }
}
