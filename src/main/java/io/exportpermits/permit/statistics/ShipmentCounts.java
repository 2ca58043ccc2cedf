package io.exportpermits.permit.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.jpa.HibernateHints;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Sums licensed and shipped quantities (in kilograms) and values (per currency) for a period and grouping
 * in one statement, per row and exporter, for disclosure control.
 */
@ApplicationScoped
class ShipmentCounts {
    /**
     * Kilograms per unit of the UN/ECE Recommendation 20 units of mass; a quantity in any other unit
     * (pieces, litres) cannot be added to these and is left out of the kilograms.
     */
    static final Map<String, BigDecimal> KILOGRAMS_PER_UNIT = Map.of(
            "KGM", BigDecimal.ONE,
            "GRM", new BigDecimal("0.001"),
            "MGM", new BigDecimal("0.000001"),
            "TNE", new BigDecimal("1000"),
            "DTN", new BigDecimal("100"),
            "LBR", new BigDecimal("0.45359237"),
            "ONZ", new BigDecimal("0.028349523125"));

    private static final Map<StatisticsGrouping, String> GROUP = Map.of(
            StatisticsGrouping.MONTH, "to_char(x.day, 'YYYY-MM')",
            StatisticsGrouping.QUARTER, "to_char(x.day, 'YYYY-\"Q\"Q')",
            StatisticsGrouping.ELEMENT, "x.element",
            StatisticsGrouping.CONTROL_CODE, "x.control_code",
            StatisticsGrouping.DESTINATION, "x.destination",
            StatisticsGrouping.LICENCE_TYPE, "x.type");

    private static final String QUERY = """
            with unit(code, kilograms) as (select * from unnest(cast(string_to_array(:units, ',') as text[]),
                                                               cast(string_to_array(:factors, ',') as numeric[]))),
            moved as (
                select 'LICENSED' as measure, cast(p.decided_at at time zone 'UTC' as date) as day, p.exporter_id,
                       p.destination, p.type, l.element, l.control_code, l.unit, l.currency,
                       l.approved_quantity as quantity, l.value * l.approved_quantity / l.quantity as value
                from permit p join permit_line l on l.permit_id = p.id
                where p.decided_at >= :fromInstant and p.decided_at < :untilInstant and p.status <> 'REFUSED'
                  and l.approved_quantity > 0
                union all
                select 'SHIPPED', s.shipped_on, p.exporter_id, p.destination, p.type, l.element, l.control_code,
                       l.unit, l.currency, sl.quantity, l.value * sl.quantity / l.quantity
                from shipment s join shipment_line sl on sl.shipment_id = s.id join permit p on p.id = s.permit_id
                     join permit_line l on l.permit_id = p.id and l.line_number = sl.line_number
                where s.shipped_on between :from and :until),
            grouped as (
                select %s as grp, %s as split, x.* from moved x
                where :exporterId = '' or cast(x.exporter_id as text) = :exporterId)
            -- In thousandths, each line rounded: every total is then the exact sum of what it splits into.
            select g.grp, g.split, g.measure, g.exporter_id, g.currency,
                   cast(sum(round(g.quantity * unit.kilograms, 3) * 1000) as bigint),
                   cast(sum(round(g.value, 3) * 1000) as bigint), grouping(g.currency),
                   string_agg(distinct g.unit, ',') filter (where unit.code is null)
            from grouped g left join unit on unit.code = g.unit
            group by grouping sets ((g.grp, g.split, g.measure, g.exporter_id),
                                    (g.grp, g.split, g.measure, g.exporter_id, g.currency))
            """;

    enum Measure { LICENSED, SHIPPED }

    /**
     * What one exporter licensed or shipped in one of the finest entries of a table (a row's part, or a
     * row when not split): thousandths of a kilogram, or of a unit of one currency; with the units whose
     * quantities could not count as kilograms.
     */
    record Sum(String group, String split, Measure measure, UUID exporterId, String currency, long kilograms,
               long value, List<String> unitsLeftOut) {
    }

    private final EntityManager entities;

    ShipmentCounts(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * @param splitBy the second grouping of each row, or null
     * @param exporterId only this exporter's; everyone's when null
     */
    @Transactional
    void count(LocalDate from, LocalDate until, StatisticsGrouping grouping, StatisticsGrouping splitBy, UUID exporterId,
               Consumer<Sum> into) {
        // Rows streamed in parts and folded as they come, as LicensingCounts does.
        entities.createNativeQuery("set local work_mem = '128MB'").executeUpdate();
        entities.createNativeQuery("set local jit = off").executeUpdate();
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = entities.createNativeQuery(QUERY.formatted(GROUP.get(grouping),
                        splitBy == null ? "cast(null as text)" : GROUP.get(splitBy)))
                .setHint(HibernateHints.HINT_FETCH_SIZE, 2_000)
                .setParameter("units", String.join(",", KILOGRAMS_PER_UNIT.keySet()))
                .setParameter("factors", String.join(",", KILOGRAMS_PER_UNIT.keySet().stream()
                        .map(unit -> KILOGRAMS_PER_UNIT.get(unit).toPlainString()).toList()))
                .setParameter("from", from)
                .setParameter("until", until)
                .setParameter("fromInstant", from.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                .setParameter("untilInstant", until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                .setParameter("exporterId", exporterId == null ? "" : exporterId.toString())
                .getResultStream();
        try (rows) {
            rows.forEach(row -> {
                boolean byCurrency = ((Number) row[7]).intValue() == 0;
                into.accept(new Sum((String) row[0], (String) row[1], Measure.valueOf((String) row[2]), (UUID) row[3],
                        byCurrency ? (String) row[4] : null, byCurrency || row[5] == null ? 0 : ((Number) row[5]).longValue(),
                        byCurrency && row[6] != null ? ((Number) row[6]).longValue() : 0,
                        row[8] == null || byCurrency ? List.of() : List.of(((String) row[8]).split(","))));
            });
        }
    }
}
