package io.exportpermits.permit;

import io.exportpermits.common.AfterCompletion;
import io.exportpermits.common.http.ETags;
import io.exportpermits.common.http.Versioned;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.problem.ProblemType;
import io.exportpermits.common.security.Caller;
import io.exportpermits.event.EventLog;
import io.exportpermits.event.EventType;
import io.exportpermits.event.SubjectType;
import io.exportpermits.permit.api.PermitStatusAnswers;
import io.exportpermits.permit.api.PermitStatusAnswers.Answer;
import io.exportpermits.permit.api.PermitStatusAnswers.Outcome;
import io.exportpermits.permit.api.PermitStatusQuery;
import io.exportpermits.permit.api.PermitStatusView;
import io.exportpermits.permit.api.PermitVerification;
import io.exportpermits.permit.api.PermitView;
import io.exportpermits.permit.api.StatutoryClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The permit status importers poll: alone, in batches, anonymously by check code, and as the data of
 * every permit event. Conditional reads decide on {@link StatusKey} alone (from memory when it has it)
 * and read the permit only when the client's copy is stale.
 */
@ApplicationScoped
public class PermitStatusService {
    /** Compared against when the number is unknown, so that both answers take the same time. */
    private static final String ABSENT_CHECK_CODE = "absent-code";

    private final EntityManager entityManager;
    private final HolidayRepository holidays;
    private final EventLog events;
    private final StatusKeyCache cache;
    private final StatusRows rows;
    private final AfterCompletion afterCompletion;
    private final Clock clock;

    PermitStatusService(EntityManager entityManager, HolidayRepository holidays,
                        EventLog events, StatusKeyCache cache, StatusRows rows, AfterCompletion afterCompletion,
                        Clock clock) {
        this.entityManager = entityManager;
        this.holidays = holidays;
        this.events = events;
        this.cache = cache;
        this.rows = rows;
        this.afterCompletion = afterCompletion;
        this.clock = clock;
    }

    /** The status, or only its tag (a null body) when {@code ifNoneMatch} names it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<PermitStatusView> status(String number, String ifNoneMatch, Caller caller) {
        LocalDate today = today();
        Map<String, Permit> read = new HashMap<>();
        StatusKey key = Optional.ofNullable(keys(List.of(number), read).get(number))
                .filter(k -> k.audience().includes(caller))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No permit has number " + number + "."));
        String etag = key.etag(today);
        if (ETags.noneMatchFails(ifNoneMatch, etag)) {
            return new Versioned<>(null, etag);
        }
        Permit permit = read.isEmpty() ? rows.byNumber(List.of(number)).get(number) : read.get(number);
        StatusKey current = StatusKey.of(permit);
        return new Versioned<>(view(permit, holidays.workingDays(), today),
                current.equals(key) ? etag : current.etag(today));
    }

    /**
     * The current tag when memory alone shows that {@code ifNoneMatch} names it, the permit exists and the
     * caller may see it; empty when only {@link #status} can tell. Never reads the database, so it may run
     * on the event loop, where most polls end.
     */
    public Optional<String> rememberedMatch(String number, String ifNoneMatch, Caller caller) {
        if (ifNoneMatch == null) {
            return Optional.empty();
        }
        LocalDate today = today();
        return cache.remembered(number).filter(key -> key.audience().includes(caller)).map(key -> key.etag(today))
                .filter(etag -> ETags.noneMatchFails(ifNoneMatch, etag));
    }

    /**
     * Every answer with at most two reads: the keys memory lacks, then the stale permits with their lines
     * (a read of a long list runs in parts at once, {@link StatusRows#byNumber}). Each tag is computed
     * once, and only where it is compared or sent.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PermitStatusAnswers query(PermitStatusQuery query, Caller caller) {
        LocalDate today = today();
        Map<String, Permit> read = new HashMap<>();
        Map<String, StatusKey> visible = keys(query.permits().stream().map(PermitStatusQuery.Item::number).distinct()
                .toList(), read).values().stream().filter(k -> k.audience().includes(caller))
                .collect(Collectors.toMap(StatusKey::number, Function.identity()));
        Map<String, String> etags = new HashMap<>();
        Function<String, String> etagOf = number -> etags.computeIfAbsent(number, n -> visible.get(n).etag(today));
        Set<String> stale = query.permits().stream()
                .filter(item -> visible.containsKey(item.number()))
                .filter(item -> item.etag() == null || !ETags.noneMatchFails(item.etag(), etagOf.apply(item.number())))
                .map(PermitStatusQuery.Item::number).collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> unread = stale.stream().filter(n -> !read.containsKey(n)).toList();
        if (!unread.isEmpty()) {
            read.putAll(rows.byNumber(unread));
        }
        WorkingDays calendar = holidays.workingDays();
        List<Answer> answers = new ArrayList<>(query.permits().size());
        for (PermitStatusQuery.Item item : query.permits()) {
            String number = item.number();
            StatusKey key = visible.get(number);
            Permit stalePermit = stale.contains(number) ? read.get(number) : null;
            if (key == null) {
                answers.add(new Answer(number, Outcome.NOT_FOUND, null, null));
            } else if (stalePermit == null) {
                answers.add(new Answer(number, Outcome.NOT_MODIFIED, etagOf.apply(number), null));
            } else {
                // Read again after the key: a change in between makes it a different permit, with its own tag.
                StatusKey current = StatusKey.of(stalePermit);
                String etag = current.equals(key) ? etagOf.apply(number) : current.etag(today);
                answers.add(new Answer(number, Outcome.OK, etag, view(stalePermit, calendar, today)));
            }
        }
        return new PermitStatusAnswers(answers);
    }

    /**
     * Anonymous: valid or not, and why not. The check code is compared in constant time, and an unknown
     * number is compared against a stand-in, so neither content nor timing tells the two apart.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PermitVerification verify(String number, String checkCode) {
        LocalDate today = today();
        Optional<Object[]> row = entityManager.createQuery("select p.status, p.validFrom, p.validUntil, p.checkCode "
                        + "from Permit p where p.number = :number", Object[].class)
                .setParameter("number", number).getResultStream().findFirst();
        String expected = row.map(r -> (String) r[3]).orElse(ABSENT_CHECK_CODE);
        boolean codeMatches = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                checkCode.getBytes(StandardCharsets.UTF_8));
        if (row.isEmpty() || !codeMatches) {
            return new PermitVerification(false, PermitVerification.Reason.NOT_FOUND, clock.instant());
        }
        Object[] r = row.get();
        PermitStatus current = PermitStatus.on((PermitStatus) r[0], (LocalDate) r[2], today);
        PermitVerification.Reason reason = switch (StatusKey.reason(current, (LocalDate) r[1], today)) {
            case VALID -> null;
            case NOT_YET_VALID -> PermitVerification.Reason.NOT_YET_VALID;
            case EXPIRED -> PermitVerification.Reason.EXPIRED;
            case EXHAUSTED -> PermitVerification.Reason.EXHAUSTED;
            case SUSPENDED -> PermitVerification.Reason.SUSPENDED;
            case REVOKED -> PermitVerification.Reason.REVOKED;
            case SURRENDERED -> PermitVerification.Reason.SURRENDERED;
            case REFUSED, WITHDRAWN, AWAITING_DECISION, INFORMATION_REQUESTED, CORRECTIONS_REQUESTED, NOT_SUBMITTED ->
                    PermitVerification.Reason.NOT_ISSUED;
        };
        return new PermitVerification(reason == null, reason, clock.instant());
    }

    /** Records that {@code type} happened to the permit, with its new status as the event's data. */
    @Transactional(Transactional.TxType.MANDATORY)
    void emit(Permit permit, EventType type) {
        events.emit(event(permit, type));
    }

    /** The event for a statement that writes it itself ({@link EventLog#insertForEachRowOf}). */
    @Transactional(Transactional.TxType.MANDATORY)
    EventLog.Event event(Permit permit, EventType type) {
        afterCompletion.run(() -> cache.forget(permit.number));
        LocalDate today = today();
        StatusKey key = StatusKey.of(permit);
        return new EventLog.Event(type, SubjectType.PERMIT, permit.number, key.audience(),
                view(permit, holidays.workingDays(), today), key.etag(today));
    }

    /** The keys of those numbers that exist; permits read from the database on the way are added to {@code read}. */
    private Map<String, StatusKey> keys(List<String> numbers, Map<String, Permit> read) {
        return cache.get(numbers, missing -> {
            Map<String, Permit> found = rows.byNumber(missing);
            read.putAll(found);
            return found.values().stream().map(StatusKey::of).toList();
        });
    }

    private static PermitStatusView view(Permit p, WorkingDays calendar, LocalDate today) {
        StatutoryClock review = p.awaitingDecision() ? StatutoryClocks.of(p, calendar, today) : null;
        return new PermitStatusView(p.number, p.statusOn(today), StatusKey.reason(p.statusOn(today), p.validFrom, today),
                p.validFrom == null ? null : new PermitView.Period(p.validFrom, p.validUntil),
                p.lines.stream().map(l -> new PermitStatusView.Line(l.lineNumber, l.unit, l.quantity, l.approvedQuantity,
                        l.shippedQuantity, l.approvedQuantity == null ? null : l.approvedQuantity.subtract(l.shippedQuantity)))
                        .toList(),
                review == null ? null : review.decisionDueOn(), p.updatedAt, SubjectType.PERMIT.href(p.number));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
