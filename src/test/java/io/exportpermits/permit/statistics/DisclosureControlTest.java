package io.exportpermits.permit.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.exportpermits.permit.statistics.DisclosureControl.Reason;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();
    private static final UUID D = UUID.randomUUID();

    @Test
    void aCellNeedsThreeExportersNoneOfThemAtThreeQuarters() {
        assertEquals(Optional.empty(), DisclosureControl.primary(Map.of()), "a zero holds nobody's figures");
        assertEquals(Optional.of(Reason.FEWER_THAN_3_EXPORTERS), DisclosureControl.primary(Map.of(A, 5L, B, 5L)));
        assertEquals(Optional.of(Reason.FEWER_THAN_3_EXPORTERS), DisclosureControl.primary(Map.of(A, 5L, B, 5L, C, 0L)));
        assertEquals(Optional.of(Reason.ONE_EXPORTER_75_PERCENT), DisclosureControl.primary(Map.of(A, 6L, B, 1L, C, 1L)),
                "6 of 8 is exactly 75 %");
        assertEquals(Optional.empty(), DisclosureControl.primary(Map.of(A, 5L, B, 1L, C, 1L)), "5 of 7 is 71 %");
    }

    @Test
    void aSingleWithheldCellTakesTheSmallestOtherWithIt() {
        Map<String, Map<UUID, Long>> rows = new LinkedHashMap<>();
        rows.put("2026-01", Map.of(A, 4L, B, 4L, C, 4L));
        rows.put("2026-02", Map.of(A, 2L, B, 1L, C, 2L));
        rows.put("2026-03", Map.of(D, 3L));
        rows.put("2026-04", Map.of());
        var withheld = DisclosureControl.withhold(rows, Map.of(A, 6L, B, 5L, C, 6L, D, 3L));
        assertEquals(Map.of("2026-03", Reason.FEWER_THAN_3_EXPORTERS, "2026-02", Reason.PROTECTS_ANOTHER_CELL),
                withheld.rows(), "D alone in March: the total less the rest would give D's figure");
        assertNull(withheld.total());
    }

    /** Lines of two elements put A's three applications in both rows: the rows add up to more than the total. */
    @Test
    void whenEveryRowTogetherStillSinglesOutAnExporterTheTotalIsWithheld() {
        Map<String, Map<UUID, Long>> rows = new LinkedHashMap<>();
        rows.put("Dy", Map.of(A, 3L, B, 1L, C, 1L));
        rows.put("Tb", Map.of(A, 3L));
        var withheld = DisclosureControl.withhold(rows, Map.of(A, 3L, B, 1L, C, 1L));
        assertEquals(Map.of("Tb", Reason.FEWER_THAN_3_EXPORTERS, "Dy", Reason.PROTECTS_ANOTHER_CELL), withheld.rows());
        assertEquals(Reason.PROTECTS_ANOTHER_CELL, withheld.total());
    }
}
