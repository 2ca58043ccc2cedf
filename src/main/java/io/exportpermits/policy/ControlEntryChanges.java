package io.exportpermits.policy;

import io.exportpermits.common.http.ETags;
import io.exportpermits.event.Audience;
import io.exportpermits.event.EventLog;
import io.exportpermits.event.EventType;
import io.exportpermits.event.SubjectType;
import io.exportpermits.common.http.Representations;
import io.exportpermits.common.http.Versioned;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.common.security.Caller;
import io.exportpermits.policy.api.ControlEntryRequest;
import io.exportpermits.policy.api.ControlEntryView;
import io.exportpermits.policy.api.RevisionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * An authority's corrections to the control list: codes that were unverified become data an authority
 * adds or corrects without a code change, with the earlier text kept as a revision.
 */
@ApplicationScoped
@Transactional
public class ControlEntryChanges {
    /** The outcome of a PUT: whether it created the entry, and the entry as it now reads. */
    public record Saved(boolean created, Versioned<ControlEntryView> entry) {
    }

    private final EntityManager entityManager;
    private final PolicyService reads;
    private final RevisionLog revisions;
    private final Representations representations;
    private final EventLog events;

    ControlEntryChanges(EntityManager entityManager, PolicyService reads, RevisionLog revisions,
                        Representations representations, EventLog events) {
        this.events = events;
        this.entityManager = entityManager;
        this.reads = reads;
        this.revisions = revisions;
        this.representations = representations;
    }

    /** Creates the entry, or replaces it when If-Match names its current representation. */
    public Saved save(String code, ControlEntryRequest request, String ifMatch, Caller caller) {
        checkParent(code, request.parentCode());
        ControlEntry entry = entityManager.find(ControlEntry.class, code);
        boolean created = entry == null;
        ControlEntryView previous = null;
        if (created) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match was sent, but there is no control "
                        + "entry " + code + " yet; send the request without it to create one.");
            }
            entry = new ControlEntry();
            entry.code = code;
        } else {
            previous = reads.controlEntry(code);
            ETags.checkIfMatch(ifMatch, representations.etagOf(previous), true, "the control entry");
        }
        entry.parentCode = request.parentCode();
        entry.description = request.description().strip();
        entry.descriptionZh = request.descriptionZh();
        entry.elements = request.elements() == null ? List.of() : List.copyOf(request.elements());
        entry.forms = request.forms() == null ? List.of() : request.forms().stream().map(Enum::name).toList();
        entry.hsCodes = request.hsCodes() == null ? List.of() : List.copyOf(request.hsCodes());
        entry.defaultUnit = request.defaultUnit();
        entry.sources = List.copyOf(request.sources());
        entry.lastVerifiedOn = request.lastVerifiedOn();
        entry.verificationNote = request.verificationNote();
        if (created) {
            entityManager.persist(entry);
        }
        revisions.record(Revision.SubjectType.CONTROL_ENTRY, code, created ? Revision.Kind.CREATED : Revision.Kind.AMENDED,
                request.reason(), previous, caller);
        entityManager.flush();
        ControlEntryView now = reads.controlEntry(code);
        String etag = representations.etagOf(now);
        events.emit(created ? EventType.CONTROL_ENTRY_CREATED : EventType.CONTROL_ENTRY_AMENDED, SubjectType.CONTROL_ENTRY,
                code, Audience.everyone(), now, etag);
        return new Saved(created, new Versioned<>(now, etag));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RevisionView> revisions(String code, PageRequest page) {
        reads.controlEntry(code);
        return revisions.page(Revision.SubjectType.CONTROL_ENTRY, code, page);
    }

    /** The parent must exist and must not be the entry itself or one of its sub-items. */
    private void checkParent(String code, String parentCode) {
        String ancestor = parentCode;
        while (ancestor != null) {
            if (ancestor.equals(code)) {
                throw ProblemException.invalidField("parentCode", "would make the entry its own ancestor");
            }
            ControlEntry parent = entityManager.find(ControlEntry.class, ancestor);
            if (parent == null) {
                throw ProblemException.invalidField("parentCode", "names no control entry");
            }
            ancestor = parent.parentCode;
        }
    }
}
