package io.exportpermits.permit.statistics;

import io.exportpermits.common.http.ChangeResponses;
import io.exportpermits.common.problem.FieldError;
import io.exportpermits.common.problem.ProblemException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What every statistics table is asked with: its period, grouping and format. */
public class StatisticsQuery {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    @QueryParam("from")
    @Parameter(description = "First month (YYYY-MM); 11 months before `to` if absent.", example = "2026-01")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Last month, included (YYYY-MM); this month (UTC) if absent.", example = "2026-12")
    public String to;

    @QueryParam("groupBy")
    @Parameter(description = "How rows are formed; MONTH if absent.", example = "MONTH")
    public StatisticsGrouping groupBy;

    @QueryParam("format")
    @Parameter(description = "CSV or JSON regardless of Accept: for links from a browser, which cannot set Accept. A "
            + "CSV answer comes as an attachment with a file name.", example = "CSV")
    public StatisticsFormat format;

    @HeaderParam("If-None-Match")
    @Parameter(description = ChangeResponses.IF_NONE_MATCH)
    public String ifNoneMatch;

    StatisticsGrouping grouping() {
        return groupBy == null ? StatisticsGrouping.MONTH : groupBy;
    }

    /** A second grouping of the rows: a 400 if it repeats the first, or splits a span of time by another. */
    StatisticsGrouping split(StatisticsGrouping splitBy) {
        if (splitBy == null) {
            return null;
        }
        if (splitBy == grouping() || splitBy.byTime() && grouping().byTime()) {
            throw ProblemException.invalid(List.of(new FieldError("splitBy", "must be a grouping other than groupBy ("
                    + grouping() + ")" + (splitBy.byTime() ? " and not a second one by time" : ""))));
        }
        return splitBy;
    }

    /** The period asked for; a 400 naming each malformed or inconsistent month. */
    StatisticsPeriod period(Clock clock) {
        List<FieldError> errors = new ArrayList<>();
        YearMonth last = to == null ? YearMonth.now(clock) : month("to", to, errors);
        YearMonth first = from == null ? (last == null ? null : last.minusMonths(11)) : month("from", from, errors);
        if (errors.isEmpty() && first.isAfter(last)) {
            errors.add(new FieldError("from", "must not be after to (" + last + ")"));
        } else if (errors.isEmpty() && ChronoUnit.MONTHS.between(first, last) >= StatisticsPeriod.MAXIMUM_MONTHS) {
            errors.add(new FieldError("from", "the period may span at most " + StatisticsPeriod.MAXIMUM_MONTHS
                    + " months; from " + first + " to " + last + " spans " + (ChronoUnit.MONTHS.between(first, last) + 1)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new StatisticsPeriod(first, last);
    }

    private static YearMonth month(String field, String value, List<FieldError> errors) {
        try {
            if (MONTH.matcher(value).matches()) {
                return YearMonth.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below, as for any other malformed month
        }
        errors.add(new FieldError(field, "must be a month written YYYY-MM, such as 2026-03"));
        return null;
    }
}
