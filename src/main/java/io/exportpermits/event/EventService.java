package io.exportpermits.event;

import io.exportpermits.common.problem.FieldError;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.common.security.Caller;
import io.exportpermits.event.api.EventPage;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** The event feed with long polling: a waiting request holds no thread and no connection. */
@ApplicationScoped
public class EventService {
    /**
     * After a wake-up that found nothing visible yet (an older transaction still held the horizon back),
     * look again this soon, then less often: that transaction's commit may emit no event to wake us.
     */
    private static final Duration FIRST_RECHECK = Duration.ofMillis(50);
    private static final Duration LAST_RECHECK = Duration.ofSeconds(1);

    private final EventFeed feed;
    private final EventSignals signals;

    EventService(EventFeed feed, EventSignals signals) {
        this.feed = feed;
        this.signals = signals;
    }

    /** The events after {@code after}; with {@code waitSeconds}, waits up to that long for the first one. */
    public Uni<EventPage> read(Caller caller, String after, List<String> requestedTypes, int limit, int waitSeconds) {
        Set<String> types = types(requestedTypes);
        feed.checkCursor(after);
        long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
        return step(caller, after, types, limit, deadline, null);
    }

    private Uni<EventPage> step(Caller caller, String after, Set<String> types, int limit, long deadline,
                                Duration recheck) {
        if (deadline - System.nanoTime() <= 0) {
            return Uni.createFrom().item(feed.read(caller, after, types, limit));
        }
        // Listen before reading, so that an event committing in between still wakes us.
        CompletableFuture<Void> signal = signals.next(caller, types);
        EventPage page;
        try {
            page = feed.read(caller, after, types, limit);
        } catch (RuntimeException e) {
            signal.cancel(false);
            throw e;
        }
        long remaining = deadline - System.nanoTime();
        if (!page.items().isEmpty() || remaining <= 0) {
            signal.cancel(false);
            return Uni.createFrom().item(page);
        }
        Duration timeout = Duration.ofNanos(recheck == null ? remaining : Math.min(remaining, recheck.toNanos()));
        return Uni.createFrom().completionStage(signal)
                .map(woken -> true)
                .ifNoItem().after(timeout).recoverWithItem(false)
                .onTermination().invoke(() -> signal.cancel(false))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .chain(woken -> step(caller, page.next(), types, limit, deadline,
                        woken ? FIRST_RECHECK : recheck == null ? null : min(recheck.multipliedBy(2))));
    }

    private static Duration min(Duration recheck) {
        return recheck.compareTo(LAST_RECHECK) > 0 ? LAST_RECHECK : recheck;
    }

    /** Accepts `types=a,b` as well as `types=a&types=b`; an unknown type is a 400, not an empty feed. */
    private static Set<String> types(List<String> requested) {
        Set<String> types = new LinkedHashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (String value : requested == null ? List.<String>of() : requested) {
            for (String type : value.split(",")) {
                String name = type.strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (EventType.ofWireName(name).isEmpty()) {
                    errors.add(new FieldError("types", EventType.unknown(name)));
                } else {
                    types.add(name);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return types;
    }
}
