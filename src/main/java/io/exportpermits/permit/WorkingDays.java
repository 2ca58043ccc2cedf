package io.exportpermits.permit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Counting working days: Monday to Friday, less the holidays of the calendar. */
public record WorkingDays(Set<LocalDate> holidays) {

    /** The {@code count}th working day after {@code from}. */
    public LocalDate add(LocalDate from, int count) {
        LocalDate day = from;
        int added = 0;
        while (added < count) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                added++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code until}; 0 when until is not later. */
    public int between(LocalDate from, LocalDate until) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(until); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }
}
