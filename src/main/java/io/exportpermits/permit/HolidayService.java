package io.exportpermits.permit;

import io.exportpermits.common.AfterCompletion;
import io.exportpermits.common.paging.Cursor;
import io.exportpermits.common.paging.Page;
import io.exportpermits.common.paging.PageRequest;
import io.exportpermits.common.problem.ProblemException;
import io.exportpermits.permit.api.HolidayView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

@ApplicationScoped
@Transactional
public class HolidayService {
    private final HolidayRepository holidays;
    private final AfterCompletion afterCompletion;

    HolidayService(HolidayRepository holidays, AfterCompletion afterCompletion) {
        this.holidays = holidays;
        this.afterCompletion = afterCompletion;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HolidayView> list(PageRequest page) {
        var query = page.cursor == null ? holidays.find("order by day")
                : holidays.find("day > ?1 order by day", day(Cursor.decode(page.cursor, 1).get(0), "cursor"));
        List<HolidayView> fetched = query.page(0, page.limit + 1).stream().map(h -> new HolidayView(h.day, h.name))
                .toList();
        return Page.fromLookahead(fetched, page.limit, h -> Cursor.encode(h.day().toString()));
    }

    public HolidayView save(String day, HolidayView.Request request) {
        LocalDate date = day(day, "day");
        Holiday holiday = holidays.findByIdOptional(date).orElseGet(() -> {
            Holiday created = new Holiday();
            created.day = date;
            return created;
        });
        holiday.name = request.name().strip();
        holidays.persist(holiday);
        afterCompletion.run(holidays::forgetCalendar);
        return new HolidayView(holiday.day, holiday.name);
    }

    public void delete(String day) {
        holidays.deleteById(day(day, "day"));
        afterCompletion.run(holidays::forgetCalendar);
    }

    private static LocalDate day(String value, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a date in ISO 8601 form (2027-02-08)");
        }
    }
}
