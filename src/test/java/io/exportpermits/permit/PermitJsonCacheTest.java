package io.exportpermits.permit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.common.security.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A permit's JSON is sent again only for the same reader and exactly what it was written from. */
class PermitJsonCacheTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final WorkingDays CALENDAR = new WorkingDays(Set.of(LocalDate.of(2026, 12, 25)));
    private static final PermitJsonCache.Basis BASIS = new PermitJsonCache.Basis(3, 1, 2, DAY, CALENDAR);

    @Test
    void anythingTheJsonWasWrittenFromThatChangedWritesItAgain() {
        PermitJsonCache cache = new PermitJsonCache(1_000_000);
        UUID permit = UUID.randomUUID();
        PermitJsonCache.Reader authority = new PermitJsonCache.Reader(permit, Role.AUTHORITY, true);
        cache.put(authority, BASIS, "{\"number\":\"EP-2026-000001\"}");

        assertEquals("{\"number\":\"EP-2026-000001\"}", cache.get(authority, BASIS));
        assertEquals("{\"number\":\"EP-2026-000001\"}",
                cache.get(authority, new PermitJsonCache.Basis(3, 1, 2, DAY, new WorkingDays(Set.copyOf(
                        CALENDAR.holidays())))), "an equal calendar read again");
        assertNull(cache.get(new PermitJsonCache.Reader(permit, Role.EXPORTER, true), BASIS), "another role");
        assertNull(cache.get(new PermitJsonCache.Reader(permit, Role.IMPORTER, false), BASIS), "an outsider");
        assertNull(cache.get(new PermitJsonCache.Reader(UUID.randomUUID(), Role.AUTHORITY, true), BASIS));
        assertNull(cache.get(authority, new PermitJsonCache.Basis(4, 1, 2, DAY, CALENDAR)), "permit changed");
        assertNull(cache.get(authority, new PermitJsonCache.Basis(3, 2, 2, DAY, CALENDAR)), "consignee changed");
        assertNull(cache.get(authority, new PermitJsonCache.Basis(3, 1, 3, DAY, CALENDAR)), "end user changed");
        assertNull(cache.get(authority, new PermitJsonCache.Basis(3, 1, 2, DAY.plusDays(1), CALENDAR)), "next day");
        assertNull(cache.get(authority, new PermitJsonCache.Basis(3, 1, 2, DAY, new WorkingDays(Set.of()))),
                "holiday removed");
    }

    @Test
    void keepsNoMoreJsonThanItsRoom() {
        PermitJsonCache cache = new PermitJsonCache(10_000);
        String json = "x".repeat(1_000);
        List<PermitJsonCache.Reader> readers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            PermitJsonCache.Reader reader = new PermitJsonCache.Reader(UUID.randomUUID(), Role.AUTHORITY, true);
            readers.add(reader);
            cache.put(reader, BASIS, json);
        }
        long kept = readers.stream().filter(reader -> cache.get(reader, BASIS) != null).count();
        assertTrue(kept > 0 && kept <= 10, kept + " permits of 1,000 characters kept in room for 10,000");
    }
}
