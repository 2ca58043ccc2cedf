package io.exportpermits.permit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.exportpermits.event.EventSignals;
import io.exportpermits.event.SubjectType;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The status keys of recently polled permits, so that a poll whose tag is still current is answered
 * without the database. A key is forgotten when a change to its permit commits on this instance (before
 * the writer's answer is sent) and when this instance reads any instance's event about it from the
 * outbox (milliseconds after an announced commit, within a second of one that was never announced); if
 * the listener lost its connection, everything is forgotten. Entries also expire, as a last resort.
 */
@ApplicationScoped
class StatusKeyCache {
    /** Loads racing with a change: a load only stays cached if no change to a number of its stripe came in between. */
    private static final int STRIPES = 4096;

    private final Cache<String, StatusKey> keys;
    private final AtomicLongArray changes = new AtomicLongArray(STRIPES);
    private final EventSignals signals;

    StatusKeyCache(EventSignals signals,
                   @ConfigProperty(name = "export-permits.polling.status-cache-size") long size,
                   @ConfigProperty(name = "export-permits.polling.status-cache-ttl") Duration ttl) {
        this.signals = signals;
        this.keys = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(ttl).build();
    }

    void listen(@Observes StartupEvent startup) {
        signals.onChange(new EventSignals.ChangeListener() {
            @Override
            public void changed(String subjectType, String subjectId) {
                if (SubjectType.PERMIT.wireName.equals(subjectType)) {
                    forget(subjectId);
                } else if (SubjectType.PERMIT_DOCUMENT.wireName.equals(subjectType)) {
                    // a document added or removed gives its permit a new version
                    forget(SubjectType.PERMIT_DOCUMENT.parentOf(subjectId));
                }
            }

            @Override
            public void missed() {
                forgetAll();
            }
        });
    }

    /** The keys of those numbers that exist, from memory where it has them and otherwise from {@code load}. */
    Map<String, StatusKey> get(Collection<String> numbers, Function<List<String>, List<StatusKey>> load) {
        Map<String, StatusKey> found = new HashMap<>(keys.getAllPresent(numbers));
        List<String> missing = numbers.stream().filter(n -> !found.containsKey(n)).distinct().toList();
        if (missing.isEmpty()) {
            return found;
        }
        Map<String, Long> changesBefore = missing.stream()
                .collect(Collectors.toMap(Function.identity(), n -> changes.get(stripe(n))));
        for (StatusKey key : load.apply(missing)) {
            found.put(key.number(), key);
            keys.put(key.number(), key);
            // Put first, check after: a change counted after the put also removes it (see forget).
            if (changes.get(stripe(key.number())) != changesBefore.get(key.number())) {
                keys.invalidate(key.number());
            }
        }
        return found;
    }

    /** The key of this number if memory has it; never reads the database. */
    Optional<StatusKey> remembered(String number) {
        return Optional.ofNullable(keys.getIfPresent(number));
    }

    void forget(String number) {
        changes.incrementAndGet(stripe(number));
        keys.invalidate(number);
    }

    private void forgetAll() {
        for (int i = 0; i < STRIPES; i++) {
            changes.incrementAndGet(i);
        }
        keys.invalidateAll();
    }

    private static int stripe(String number) {
        return Math.floorMod(number.hashCode(), STRIPES);
    }
}
