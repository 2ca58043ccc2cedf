package io.exportpermits.permit.statistics;

import io.exportpermits.common.security.Caller;
import io.exportpermits.page.PageLocale;
import io.exportpermits.permit.statistics.api.LicensingFigures;
import io.exportpermits.permit.statistics.api.LicensingStatisticsView;
import io.exportpermits.permit.statistics.api.ShipmentRow;
import io.exportpermits.permit.statistics.api.ShipmentStatisticsView;
import io.exportpermits.permit.statistics.api.WorkingDaysBand;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Licensing in figures, for people: the last twelve months' public statistics drawn as charts, each with
 * the table it draws (what assistive technology reads) and a link to the same figures as CSV.
 */
@Path("/statistics")
@PermitAll
public class StatisticsPage {
    private static final BigDecimal LIMIT = BigDecimal.valueOf(LicensingStatistics.LIMIT_WORKING_DAYS);

    private final LicensingStatistics licensing;
    private final ShipmentStatistics shipments;
    private final Clock clock;

    StatisticsPage(LicensingStatistics licensing, ShipmentStatistics shipments, Clock clock) {
        this.licensing = licensing;
        this.shipments = shipments;
        this.clock = clock;
    }

    /** The charts of the page, each laid out from the table it draws. */
    record Charts(BarChart decisions, BarChart workingDays, BarChart distribution, BarChart shipped,
                  List<Swatch> elements) {
    }

    /** One series of a chart whose series are data (elements): its label and the colour class drawing it. */
    record Swatch(String label, String series) {
    }

    /** Colour classes for series that are data, in the order of the palette in the layout's style. */
    private static final int PALETTE = 12;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statistics(String switchHref, LicensingStatisticsView licensing,
                                                  ShipmentStatisticsView shipped, Charts charts, String csvQuery);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance statistics(@QueryParam("lang") String lang,
                                       @HeaderParam("Accept-Language") String acceptLanguage) {
        Locale locale = PageLocale.of(lang, acceptLanguage);
        YearMonth to = YearMonth.now(clock);
        StatisticsPeriod period = new StatisticsPeriod(to.minusMonths(11), to);
        // Everyone sees the public figures here, whatever the browser sends.
        LicensingStatisticsView decisions = licensing.licensing(period, StatisticsGrouping.MONTH, Caller.ANONYMOUS);
        ShipmentStatisticsView shipped = shipments.shipments(period, StatisticsGrouping.MONTH, StatisticsGrouping.ELEMENT,
                Caller.ANONYMOUS);
        List<Swatch> elements = new ArrayList<>();
        List<ShipmentRow> parts = shipped.total().split();
        for (int i = 0; i < parts.size(); i++) {
            elements.add(new Swatch(parts.get(i).group(), "part" + i % PALETTE));
        }
        Charts charts = new Charts(
                BarChart.of(decisions.rows().stream().map(row -> new BarChart.Group(row.group(), List.of(
                        value("approved", row.figures().approved()), value("refused", row.figures().refused()),
                        value("withdrawn", row.figures().withdrawn())))).toList(), true, null, null),
                BarChart.of(decisions.rows().stream().map(row -> new BarChart.Group(row.group(),
                        workingDays(row.figures()))).toList(), false, LIMIT, "45"),
                BarChart.of(decisions.total().figures().decisionsByWorkingDays().stream().map(band -> new BarChart.Group(
                        band.fromWorkingDays() == null ? "–" : band.band(), List.of(value(series(band), band.decisions()))))
                        .toList(), false, null, null),
                BarChart.of(shipped.rows().stream().map(row -> new BarChart.Group(row.group(), byElement(row, elements)))
                        .toList(), true, null, null),
                elements);
        return Templates.statistics(PageLocale.switchHref("/statistics", locale, Map.of()), decisions, shipped, charts,
                "from=" + period.from() + "&to=" + period.to()).setLocale(locale);
    }

    /** Nothing decided leaves no bar rather than a withheld mark: there is nothing to withhold. */
    private static List<BarChart.Value> workingDays(LicensingFigures figures) {
        boolean nothingDecided = figures.approved() != null && figures.refused() != null
                && figures.approved() + figures.refused() == 0;
        return nothingDecided ? List.of()
                : List.of(number("median", figures.medianWorkingDays()), number("p90", figures.p90WorkingDays()));
    }

    /** Whether a band's decisions came within the limit, past it, or had none: the colour of its bar. */
    private static String series(WorkingDaysBand band) {
        if (band.fromWorkingDays() == null) {
            return "no-limit";
        }
        return band.toWorkingDays() != null && band.toWorkingDays() <= LicensingStatistics.LIMIT_WORKING_DAYS
                ? "within-limit" : "past-limit";
    }

    /** A month's kilograms stacked by element, each in its element's colour. */
    private static List<BarChart.Value> byElement(ShipmentRow month, List<Swatch> elements) {
        List<BarChart.Value> values = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            values.add(new BarChart.Value(elements.get(i).series(), month.split().get(i).figures().shippedKilograms()));
        }
        return values;
    }

    private static BarChart.Value number(String series, Integer value) {
        return new BarChart.Value(series, value == null ? null : BigDecimal.valueOf(value));
    }

    private static BarChart.Value value(String series, Long value) {
        return new BarChart.Value(series, value == null ? null : BigDecimal.valueOf(value));
    }
}
