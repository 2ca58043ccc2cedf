package io.exportpermits.permit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.exportpermits.common.security.Role;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The JSON the permit list last wrote for each permit and kind of reader, kept with what it was written from:
 * the permit's version, its two parties' versions, the day and the working-day calendar. A page whose permits
 * still stand as they were is sent from these, without reading the permits or writing them again; every
 * reader polling the same first page asks for the same fifty permits. Since the versions come from the page's
 * own query, a change made on any instance, to the permit, its lines or its parties, is seen on the next page
 * read; a new day or calendar writes the permit again.
 */
@ApplicationScoped
class PermitJsonCache {
    /** Who reads decides what the permit shows: the check code to insiders, the actions by role. */
    record Reader(UUID permit, Role role, boolean insider) {
    }

    /** What a permit's JSON was written from; the same basis writes the same JSON. */
    record Basis(long version, long consigneeVersion, long endUserVersion, LocalDate day, WorkingDays calendar) {
    }

    private record Written(Basis basis, String json) {
    }

    private final Cache<Reader, Written> written;

    @Inject
    PermitJsonCache(@ConfigProperty(name = "export-permits.permits.list-json.max-size") MemorySize room) {
        this(room.asLongValue());
    }

    PermitJsonCache(long roomInChars) {
        this.written = Caffeine.newBuilder()
                .maximumWeight(roomInChars)
                .weigher((Reader reader, Written json) -> json.json().length())
                .executor(Runnable::run)
                .build();
    }

    /** The JSON written for this reader from exactly this basis, or null. */
    String get(Reader reader, Basis basis) {
        Written json = written.getIfPresent(reader);
        return json != null && json.basis().equals(basis) ? json.json() : null;
    }

    void put(Reader reader, Basis basis, String json) {
        written.put(reader, new Written(basis, json));
    }
}
