package io.exportpermits.permit.statistics;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import io.exportpermits.common.http.CanonicalDecimals;
import io.exportpermits.permit.statistics.api.CurrencyAmount;
import io.exportpermits.permit.statistics.api.LicensingFigures;
import io.exportpermits.permit.statistics.api.LicensingRow;
import io.exportpermits.permit.statistics.api.LicensingStatisticsView;
import io.exportpermits.permit.statistics.api.ShipmentFigures;
import io.exportpermits.permit.statistics.api.ShipmentRow;
import io.exportpermits.permit.statistics.api.ShipmentStatisticsView;
import io.exportpermits.permit.statistics.api.SuppressedFigure;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Statistics tables as CSV, for spreadsheets: the JSON answer's rows flattened, one line each, then the
 * total; a withheld figure is an empty field, and the `suppressed` column says why.
 */
final class StatisticsCsv {
    static final String TEXT_CSV = "text/csv";
    static final String LICENSING_EXAMPLE = """
            row,group,received,accepted,approved,refused,withdrawn,returnedForCorrections,approvalRate,\
            medianWorkingDays,p90WorkingDays,withinLimitShare,pausedShare,openPastDue,decisionsByWorkingDays.0-5,...,\
            decisionsByWorkingDays.NO_TIME_LIMIT,suppressed
            GROUP,2026-01,41,37,25,4,2,6,0.8621,31,44,0.9655,0.1034,3,2,...,0,
            GROUP,2026-02,12,10,,,1,0,,,,,,0,,...,,approved:FEWER_THAN_3_EXPORTERS refused:PROTECTS_ANOTHER_CELL ...
            TOTAL,,53,47,,,3,6,,,,,,3,,...,,approved:PROTECTS_ANOTHER_CELL ...
            """;
    static final String SHIPMENTS_EXAMPLE = """
            row,group,licensedKilograms,shippedKilograms,licensedValues.USD,shippedValues.USD,suppressed
            GROUP,Dy,12500.5,8000,3125000,2000000,
            GROUP,Tb,,,,,licensedKilograms:FEWER_THAN_3_EXPORTERS ...
            TOTAL,,20100,9500,5025000,2375000,
            """;
    static final String SHIPMENTS_SPLIT_EXAMPLE = """
            row,group,split,licensedKilograms,shippedKilograms,licensedValues.USD,shippedValues.USD,suppressed
            GROUP,2026-01,,8100,5200,2025000,1300000,
            PART,2026-01,Dy,6000,4000,1500000,1000000,
            PART,2026-01,Tb,,,,,licensedKilograms:FEWER_THAN_3_EXPORTERS ...
            PART,2026-01,Nd,,,,,licensedKilograms:PROTECTS_ANOTHER_CELL ...
            TOTAL,,,20100,9500,5025000,2375000,
            TOTAL_PART,,Dy,12500.5,8000,3125000,2000000,
            """;

    /** Quotes only what needs quoting: by default names such as `decisionsByWorkingDays.61+` came quoted. */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private record Column<F>(String name, Function<F, Object> value) {
    }

    private static final List<Column<LicensingFigures>> LICENSING = licensingColumns();

    /** The figures in the order of the JSON answer, then a column per band of the distribution. */
    private static List<Column<LicensingFigures>> licensingColumns() {
        List<Column<LicensingFigures>> columns = new ArrayList<>(List.of(
                new Column<>("received", LicensingFigures::received),
                new Column<>("accepted", LicensingFigures::accepted),
                new Column<>("approved", LicensingFigures::approved),
                new Column<>("refused", LicensingFigures::refused),
                new Column<>("withdrawn", LicensingFigures::withdrawn),
                new Column<>("returnedForCorrections", LicensingFigures::returnedForCorrections),
                new Column<>("approvalRate", LicensingFigures::approvalRate),
                new Column<>("medianWorkingDays", LicensingFigures::medianWorkingDays),
                new Column<>("p90WorkingDays", LicensingFigures::p90WorkingDays),
                new Column<>("withinLimitShare", LicensingFigures::withinLimitShare),
                new Column<>("pausedShare", LicensingFigures::pausedShare),
                new Column<>("openPastDue", LicensingFigures::openPastDue)));
        for (int i = 0; i < DecisionBand.ALL.size(); i++) {
            int band = i;
            columns.add(new Column<>("decisionsByWorkingDays." + DecisionBand.ALL.get(i).label(),
                    figures -> figures.decisionsByWorkingDays().get(band).decisions()));
        }
        return List.copyOf(columns);
    }

    private StatisticsCsv() {
    }

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

    static String licensing(LicensingStatisticsView view) {
        List<List<String>> lines = new ArrayList<>();
        boolean own = view.total().own() != null;
        lines.add(header(LICENSING.stream().map(Column::name).toList(), own, false));
        for (LicensingRow row : view.rows()) {
            lines.add(line("GROUP", List.of(text(row.group())), values(LICENSING, row.figures()), row.suppressed(),
                    own ? values(LICENSING, row.own()) : null));
        }
        LicensingRow total = view.total();
        lines.add(line("TOTAL", List.of(""), values(LICENSING, total.figures()), total.suppressed(),
                own ? values(LICENSING, total.own()) : null));
        return write(lines);
    }

    /** With {@code splitBy}, each row is followed by its parts (PART), the total by its own (TOTAL_PART). */
    static String shipments(ShipmentStatisticsView view) {
        List<ShipmentRow> all = new ArrayList<>(view.rows());
        all.add(view.total());
        List<ShipmentRow> everyLine = new ArrayList<>(all);
        all.stream().filter(row -> row.split() != null).forEach(row -> everyLine.addAll(row.split()));
        // Every currency any line names, so that each has its column even where withheld.
        List<String> columns = new ArrayList<>(List.of("licensedKilograms", "shippedKilograms"));
        for (ShipmentRow row : everyLine) {
            row.suppressed().stream().map(SuppressedFigure::figure).filter(f -> f.contains(".")).forEach(columns::add);
            Stream.of(row.figures(), row.own()).filter(Objects::nonNull).forEach(figures -> {
                figures.licensedValues().forEach(amount -> columns.add("licensedValues." + amount.currency()));
                figures.shippedValues().forEach(amount -> columns.add("shippedValues." + amount.currency()));
            });
        }
        List<String> names = columns.stream().distinct().sorted((a, b) -> rank(a) != rank(b) ? rank(a) - rank(b)
                : a.compareTo(b)).toList();
        boolean own = view.total().own() != null;
        boolean split = view.splitBy() != null;
        List<List<String>> lines = new ArrayList<>();
        lines.add(header(names, own, split));
        for (ShipmentRow row : all) {
            boolean total = row == view.total();
            lines.add(shipmentLine(total ? "TOTAL" : "GROUP", row.group(), null, split, names, row, own));
            if (split) {
                row.split().forEach(part -> lines.add(shipmentLine(total ? "TOTAL_PART" : "PART", row.group(),
                        part.group(), true, names, part, own)));
            }
        }
        return write(lines);
    }

    private static List<String> shipmentLine(String kind, String group, String part, boolean split, List<String> names,
                                             ShipmentRow row, boolean own) {
        List<String> keys = split ? List.of(text(group), text(part)) : List.of(text(group));
        return line(kind, keys, values(names, row.figures()), row.suppressed(), own ? values(names, row.own()) : null);
    }

    /** Kilograms first, then licensed values, then shipped values. */
    private static int rank(String column) {
        return column.endsWith("Kilograms") ? 0 : column.startsWith("licensed") ? 1 : 2;
    }

    private static List<String> values(List<String> names, ShipmentFigures figures) {
        List<String> values = new ArrayList<>();
        for (String name : names) {
            Object value = switch (name) {
                case "licensedKilograms" -> figures.licensedKilograms();
                case "shippedKilograms" -> figures.shippedKilograms();
                default -> amount(name.startsWith("licensed") ? figures.licensedValues() : figures.shippedValues(),
                        name.substring(name.indexOf('.') + 1));
            };
            values.add(text(value));
        }
        return values;
    }

    private static BigDecimal amount(List<CurrencyAmount> amounts, String currency) {
        return amounts.stream().filter(a -> a.currency().equals(currency)).map(CurrencyAmount::amount).findFirst()
                .orElse(null);
    }

    private static <F> List<String> values(List<Column<F>> columns, F figures) {
        return columns.stream().map(column -> text(column.value().apply(figures))).toList();
    }

    private static List<String> header(List<String> figures, boolean own, boolean split) {
        List<String> header = new ArrayList<>(List.of("row", "group"));
        if (split) {
            header.add("split");
        }
        header.addAll(figures);
        header.add("suppressed");
        if (own) {
            figures.forEach(name -> header.add("own." + name));
        }
        return header;
    }

    private static List<String> line(String kind, List<String> keys, List<String> values,
                                     List<SuppressedFigure> suppressed, List<String> own) {
        List<String> line = new ArrayList<>(List.of(kind));
        line.addAll(keys);
        line.addAll(values);
        line.add(suppressed.stream().map(s -> s.figure() + ":" + s.reason()).collect(Collectors.joining(" ")));
        if (own != null) {
            line.addAll(own);
        }
        return line;
    }

    private static String write(List<List<String>> lines) {
        StringWriter text = new StringWriter();
        try (SequenceWriter writer = CSV.writer().writeValues(text)) {
            for (List<String> line : lines) {
                writer.write(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV to a string", e);
        }
        return text.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal decimal ? CanonicalDecimals.text(decimal)
                : value.toString();
    }
}
