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
import io.exportpermits.common.problem.FieldError;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.common.security.Caller;
import io.exportpermits.policy.api.MeasureRequest;
import io.exportpermits.policy.api.PolicyRequest;
import io.exportpermits.policy.api.PolicyView;
import io.exportpermits.policy.api.RepealRequest;
import io.exportpermits.policy.api.RevisionView;
import io.exportpermits.policy.api.SuspensionRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An authority's changes to policies. Every change needs the ETag of the policy as the authority read
 * it (today's representation), and appends a revision that keeps the earlier text: nothing is
 * overwritten silently.
 */
@ApplicationScoped
@Transactional
public class PolicyChanges {
    private final PolicyRepository policies;
    private final RevisionLog revisions;
    private final EntityManager entityManager;
    private final Representations representations;
    private final EventLog events;
    private final Clock clock;

    PolicyChanges(PolicyRepository policies, RevisionLog revisions, EntityManager entityManager,
                  Representations representations, EventLog events, Clock clock) {
        this.events = events;
        this.policies = policies;
        this.revisions = revisions;
        this.entityManager = entityManager;
        this.representations = representations;
        this.clock = clock;
    }

    public Versioned<PolicyView> publish(PolicyRequest request, Caller caller) {
        validate(request);
        String id = (String.join("-", request.authorities()) + "-" + request.year() + "-" + request.number())
                .toLowerCase(Locale.ROOT);
        if (policies.findByIdOptional(id).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "Policy " + id + " exists; amend it instead.");
        }
        Policy policy = new Policy();
        policy.id = id;
        policy.createdAt = clock.instant();
        apply(policy, request);
        policies.persist(policy);
        replaceMeasures(policy, request.measures());
        record(policy.id, Revision.Kind.CREATED, request.reason(), null, caller);
        return emitted(EventType.POLICY_PUBLISHED, policy.id);
    }

    public Versioned<PolicyView> amend(String id, PolicyRequest request, String ifMatch, Caller caller) {
        Policy policy = find(id);
        PolicyView previous = checkedCurrent(policy.id, ifMatch);
        validate(request);
        if (!policy.authorities.equals(request.authorities()) || policy.number != request.number()
                || policy.year != request.year()) {
            throw ProblemException.invalidField("number", "authorities, number and year identify the policy and "
                    + "cannot be amended; publish a new policy instead");
        }
        apply(policy, request);
        replaceMeasures(policy, request.measures());
        record(policy.id, Revision.Kind.AMENDED, request.reason(), previous, caller);
        return emitted(EventType.POLICY_AMENDED, policy.id);
    }

    public Versioned<PolicyView> suspend(String id, SuspensionRequest request, String ifMatch, Caller caller) {
        Policy policy = find(id);
        PolicyView previous = checkedCurrent(policy.id, ifMatch);
        Policy declaring = policies.findByIdOptional(request.declaredBy())
                .orElseThrow(() -> ProblemException.invalidField("declaredBy", "names no policy"));
        List<FieldError> errors = new ArrayList<>();
        if (declaring.id.equals(policy.id)) {
            errors.add(new FieldError("declaredBy", "must be another policy"));
        }
        if (request.until().isBefore(request.from())) {
            errors.add(new FieldError("until", "must not be before from"));
        }
        if (request.clause() != null && policy.measures.stream().noneMatch(m -> m.clause.equals(request.clause()))) {
            errors.add(new FieldError("clause", "names no clause of " + policy.title));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Suspension suspension = new Suspension();
        suspension.id = UUID.randomUUID();
        suspension.declaredBy = declaring;
        suspension.suspendedPolicyId = policy.id;
        suspension.suspendedReference = policy.title;
        suspension.clause = request.clause();
        suspension.fromDate = request.from();
        suspension.untilDate = request.until();
        suspension.note = request.note();
        suspension.endConfirmed = Boolean.TRUE.equals(request.endConfirmed());
        entityManager.persist(suspension);
        policy.updatedAt = clock.instant();
        record(policy.id, Revision.Kind.SUSPENDED, request.reason(), previous, caller);
        return emitted(EventType.POLICY_SUSPENDED, policy.id);
    }

    public Versioned<PolicyView> repeal(String id, RepealRequest request, String ifMatch, Caller caller) {
        Policy policy = find(id);
        PolicyView previous = checkedCurrent(policy.id, ifMatch);
        if (request.repealedOn().isBefore(policy.publishedOn)) {
            throw ProblemException.invalidField("repealedOn", "must not be before the policy was published ("
                    + policy.publishedOn + ")");
        }
        policy.repealedOn = request.repealedOn();
        policy.updatedAt = clock.instant();
        record(policy.id, Revision.Kind.REPEALED, request.reason(), previous, caller);
        return emitted(EventType.POLICY_REPEALED, policy.id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RevisionView> revisions(String id, PageRequest page) {
        find(id);
        return revisions.page(Revision.SubjectType.POLICY, id, page);
    }

    /** The current representation, once the client's If-Match has been checked against its ETag. */
    private PolicyView checkedCurrent(String id, String ifMatch) {
        PolicyView current = view(id);
        ETags.checkIfMatch(ifMatch, representations.etagOf(current), true, "the policy");
        return current;
    }

    private void record(String policyId, Revision.Kind kind, String reason, PolicyView previous, Caller caller) {
        revisions.record(Revision.SubjectType.POLICY, policyId, kind, reason, previous, caller);
    }

    private void apply(Policy policy, PolicyRequest request) {
        policy.authorities = List.copyOf(request.authorities());
        policy.number = request.number();
        policy.year = request.year();
        policy.title = request.title().strip();
        policy.titleZh = request.titleZh();
        policy.publishedOn = request.publishedOn();
        policy.effectiveFrom = request.effectiveFrom();
        policy.effectiveUntil = request.effectiveUntil();
        policy.sources = List.copyOf(request.sources());
        policy.lastVerifiedOn = request.lastVerifiedOn();
        policy.verificationNote = request.verificationNote();
        policy.summary = request.summary().strip();
        policy.updatedAt = clock.instant();
    }

    private void replaceMeasures(Policy policy, List<MeasureRequest> requested) {
        entityManager.createQuery("delete from Measure m where m.policy = :policy")
                .setParameter("policy", policy).executeUpdate();
        for (MeasureRequest m : requested) {
            Measure measure = new Measure();
            measure.id = UUID.randomUUID();
            measure.policy = policy;
            measure.clause = m.clause().strip();
            measure.kind = m.kind();
            measure.description = m.description().strip();
            measure.allDualUseItems = m.allDualUseItems();
            measure.foreignMadeOnly = m.foreignMadeOnly();
            measure.controlCodes = copy(m.controlCodes());
            measure.hsCodePrefixes = copy(m.hsCodePrefixes());
            measure.elements = copy(m.elements());
            measure.forms = m.forms() == null ? List.of() : m.forms().stream().map(Enum::name).toList();
            measure.destinations = copy(m.destinations());
            measure.endUserKinds = m.endUserKinds() == null ? List.of() : m.endUserKinds().stream().map(Enum::name).toList();
            measure.licenceTypes = m.licenceTypes() == null ? List.of() : m.licenceTypes().stream().map(Enum::name).toList();
            measure.deMinimisPercent = m.deMinimisPercent();
            measure.appliesFrom = m.appliesFrom();
            entityManager.persist(measure);
        }
    }

    private void validate(PolicyRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.authorities().size(); i++) {
            if (entityManager.find(IssuingAuthority.class, request.authorities().get(i)) == null) {
                errors.add(new FieldError("authorities[" + i + "]", "names no issuing authority"));
            }
        }
        if (request.effectiveUntil() != null && request.effectiveUntil().isBefore(request.effectiveFrom())) {
            errors.add(new FieldError("effectiveUntil", "must not be before effectiveFrom"));
        }
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < request.measures().size(); i++) {
            MeasureRequest m = request.measures().get(i);
            if (!m.allDualUseItems() && empty(m.controlCodes()) && empty(m.hsCodePrefixes()) && empty(m.elements())
                    && empty(m.forms())) {
                errors.add(new FieldError("measures[" + i + "]",
                        "must name what it covers: allDualUseItems, controlCodes, hsCodePrefixes, elements or forms"));
            }
            if (clauses.contains(m.clause().strip())) {
                errors.add(new FieldError("measures[" + i + "].clause", "repeats another measure's clause"));
            }
            clauses.add(m.clause().strip());
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** The policy as it now reads, after this transaction's changes, with the tag a client must send next. */
    private Versioned<PolicyView> current(String id) {
        entityManager.flush();
        entityManager.clear();
        PolicyView view = view(id);
        return new Versioned<>(view, representations.etagOf(view));
    }

    private Versioned<PolicyView> emitted(EventType type, String id) {
        Versioned<PolicyView> now = current(id);
        events.emit(type, SubjectType.POLICY, id, Audience.everyone(), now.body(), now.etag());
        return now;
    }

    private PolicyView view(String id) {
        Catalogue catalogue = policies.catalogue();
        return PolicyViews.policy(catalogue.policy(id).orElseThrow(), catalogue, LocalDate.now(clock));
    }

    private Policy find(String id) {
        return policies.findByIdOptional(id)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No policy has id " + id + "."));
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    private static boolean empty(List<?> values) {
        return values == null || values.isEmpty();
    }
}
