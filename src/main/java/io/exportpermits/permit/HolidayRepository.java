package io.exportpermits.permit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.stream.Collectors;

@ApplicationScoped
public class HolidayRepository implements PanacheRepositoryBase<Holiday, LocalDate> {
    /** How soon a change another instance makes to the calendar applies here. */
    static final long CALENDAR_TTL_NANOS = 5_000_000_000L;

    private record Loaded(WorkingDays calendar, long loadedAt) {
    }

    private volatile Loaded loaded;

    /**
     * The whole calendar (a few dozen days a year), read again every few seconds rather than on every
     * request that shows a statutory clock.
     */
    public WorkingDays workingDays() {
        Loaded current = loaded;
        long now = System.nanoTime();
        if (current == null || now - current.loadedAt() > CALENDAR_TTL_NANOS) {
            current = new Loaded(new WorkingDays(streamAll().map(h -> h.day).collect(Collectors.toUnmodifiableSet())),
                    now);
            loaded = current;
        }
        return current.calendar();
    }

    /** Makes the next read load the calendar again: after a change on this instance has committed. */
    void forgetCalendar() {
        loaded = null;
    }
}
