package io.exportpermits.permit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.stream.Collectors;

@ApplicationScoped
public class HolidayRepository implements PanacheRepositoryBase<Holiday, LocalDate> {

    /** The whole calendar, in one query: a few dozen days a year. */
    public WorkingDays workingDays() {
        return new WorkingDays(streamAll().map(h -> h.day).collect(Collectors.toUnmodifiableSet()));
    }
}
