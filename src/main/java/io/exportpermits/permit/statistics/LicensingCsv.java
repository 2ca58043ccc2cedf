package io.exportpermits.permit.statistics;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import io.exportpermits.common.http.CanonicalDecimals;
import io.exportpermits.permit.statistics.api.LicensingFigures;
import io.exportpermits.permit.statistics.api.LicensingRow;
import io.exportpermits.permit.statistics.api.LicensingStatisticsView;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The licensing table as CSV, for spreadsheets: the JSON answer's rows flattened, one line each. */
final class LicensingCsv {
    static final String TEXT_CSV = "text/csv";
    static final String EXAMPLE = """
            row,group,received,accepted,approved,refused,withdrawn,returnedForCorrections,approvalRate,\
            medianWorkingDays,p90WorkingDays,withinLimitShare,pausedShare,openPastDue,suppressed
            GROUP,2026-01,41,37,25,4,2,6,0.8621,31,44,0.9655,0.1034,3,
            GROUP,2026-02,12,10,,,1,0,,,,,,0,approved:FEWER_THAN_3_EXPORTERS refused:PROTECTS_ANOTHER_CELL ...
            TOTAL,,53,47,,,3,6,,,,,,3,approved:PROTECTS_ANOTHER_CELL ...
            """;

    private static final CsvMapper CSV = new CsvMapper();

    private record Column(String name, Function<LicensingFigures, Object> value) {
    }

    private static final List<Column> FIGURES = List.of(
            new Column("received", LicensingFigures::received),
            new Column("accepted", LicensingFigures::accepted),
            new Column("approved", LicensingFigures::approved),
            new Column("refused", LicensingFigures::refused),
            new Column("withdrawn", LicensingFigures::withdrawn),
            new Column("returnedForCorrections", LicensingFigures::returnedForCorrections),
            new Column("approvalRate", LicensingFigures::approvalRate),
            new Column("medianWorkingDays", LicensingFigures::medianWorkingDays),
            new Column("p90WorkingDays", LicensingFigures::p90WorkingDays),
            new Column("withinLimitShare", LicensingFigures::withinLimitShare),
            new Column("pausedShare", LicensingFigures::pausedShare),
            new Column("openPastDue", LicensingFigures::openPastDue));

    /** Whether the client asked for CSV before JSON ({@code acceptable} sorted by preference). */
    static boolean preferred(List<MediaType> acceptable) {
        MediaType csv = MediaType.valueOf(TEXT_CSV);
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(csv)) {
                return !type.isWildcardType() && !type.isWildcardSubtype();
            }
        }
        return false;
    }

    private LicensingCsv() {
    }

    static String of(LicensingStatisticsView view) {
        boolean own = view.total().own() != null;
        List<String> header = new ArrayList<>(List.of("row", "group"));
        FIGURES.forEach(column -> header.add(column.name()));
        header.add("suppressed");
        if (own) {
            FIGURES.forEach(column -> header.add("own." + column.name()));
        }
        StringWriter text = new StringWriter();
        try (SequenceWriter lines = CSV.writer().writeValues(text)) {
            lines.write(header);
            for (LicensingRow row : view.rows()) {
                lines.write(line("GROUP", row, own));
            }
            lines.write(line("TOTAL", view.total(), own));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV to a string", e);
        }
        return text.toString();
    }

    private static List<String> line(String kind, LicensingRow row, boolean own) {
        List<String> line = new ArrayList<>(List.of(kind, row.group() == null ? "" : row.group()));
        FIGURES.forEach(column -> line.add(text(column.value().apply(row.figures()))));
        line.add(row.suppressed().stream().map(s -> s.figure() + ":" + s.reason()).collect(Collectors.joining(" ")));
        if (own) {
            FIGURES.forEach(column -> line.add(text(column.value().apply(row.own()))));
        }
        return line;
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal decimal ? CanonicalDecimals.text(decimal)
                : value.toString();
    }
}
