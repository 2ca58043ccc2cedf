package io.exportpermits.permit.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.exportpermits.permit.statistics.CrossTable.Known;
import io.exportpermits.permit.statistics.DisclosureControl.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CrossTableTest {
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();
    private static final UUID D = UUID.randomUUID();

    private static Map<UUID, Long> spread(long each) {
        return Map.of(A, each, B, each, C, each);
    }

    /** One exporter alone in one cell of a 2 x 2 table with every total public: the whole rectangle goes. */
    @Test
    void aLoneCellTakesARectangleWithIt() {
        CrossTable cells = new CrossTable(2, 2);
        cells.set(0, 0, Map.of(D, 5L), Known.FREE)
                .set(0, 1, spread(10), Known.FREE)
                .set(1, 0, spread(20), Known.FREE)
                .set(1, 1, spread(30), Known.FREE);
        setMargins(cells, 2, 2);
        CrossTable.Decision table = cells.withhold();
        assertEquals(Reason.FEWER_THAN_3_EXPORTERS, table.reason(0, 0));
        assertEquals(Reason.PROTECTS_ANOTHER_CELL, table.reason(0, 1), "the row's total less (0,1) would give D");
        assertEquals(Reason.PROTECTS_ANOTHER_CELL, table.reason(1, 0), "the column's total less (1,0) would give D");
        assertEquals(Reason.PROTECTS_ANOTHER_CELL, table.reason(1, 1), "(0,1) and (1,0) alone would each be exact");
        for (int i = 0; i < 2; i++) {
            assertNull(table.reason(i, 2), "row totals are shown");
            assertNull(table.reason(2, i), "column totals are shown");
        }
    }

    /** A row's total another answer withholds must not come back as the sum of its cells. */
    @Test
    void aTotalWithheldElsewhereIsNotRevealedByItsCells() {
        CrossTable.Decision table = new CrossTable(3, 2).set(0, 0, spread(4), Known.FREE).set(0, 1, spread(5), Known.FREE)
                .set(1, 0, spread(6), Known.FREE).set(1, 1, spread(7), Known.FREE)
                .set(2, 0, spread(8), Known.FREE).set(2, 1, spread(9), Known.FREE)
                .set(0, 2, spread(9), Known.WITHHELD).set(1, 2, spread(13), Known.WITHHELD)
                .set(2, 2, spread(17), Known.SHOWN)
                .set(3, 0, spread(18), Known.SHOWN).set(3, 1, spread(21), Known.SHOWN)
                .set(3, 2, spread(39), Known.SHOWN).withhold();
        boolean rowZero = table.reason(0, 0) != null || table.reason(0, 1) != null;
        boolean rowOne = table.reason(1, 0) != null || table.reason(1, 1) != null;
        assertTrue(rowZero && rowOne, "each withheld total keeps a withheld cell");
        assertNoWithheldEntryIsDetermined(table, 3, 2, new Known[][]{
                {Known.FREE, Known.FREE, Known.WITHHELD}, {Known.FREE, Known.FREE, Known.WITHHELD},
                {Known.FREE, Known.FREE, Known.SHOWN}, {Known.SHOWN, Known.SHOWN, Known.SHOWN}});
    }

    @Test
    void zerosAndTablesWithNothingToHideStayShown() {
        CrossTable cells = new CrossTable(2, 2);
        cells.set(0, 0, Map.of(), Known.FREE).set(0, 1, spread(2), Known.FREE)
                .set(1, 0, spread(3), Known.FREE).set(1, 1, spread(4), Known.FREE);
        setMargins(cells, 2, 2);
        CrossTable.Decision table = cells.withhold();
        for (int r = 0; r <= 2; r++) {
            for (int c = 0; c <= 2; c++) {
                assertNull(table.reason(r, c), r + "," + c);
            }
        }
    }

    /**
     * Random tables, their totals decided by one-way disclosure control as the other answers decide them:
     * after the cross table's decision, in every line whose total is known the withheld entries together pass
     * the primary rule, and no withheld entry is a linear consequence of the shown ones (checked by linear
     * algebra, independently of the bridge search).
     */
    @Test
    void noCombinationOfRowsAndColumnsGivesAWithheldEntry() {
        Random random = new Random(20261206);
        List<UUID> exporters = List.of(A, B, C, D, UUID.randomUUID(), UUID.randomUUID());
        for (int round = 0; round < 500; round++) {
            int rows = 2 + random.nextInt(4);
            int columns = 2 + random.nextInt(4);
            @SuppressWarnings("unchecked")
            Map<UUID, Long>[][] cells = new Map[rows + 1][columns + 1];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    Map<UUID, Long> cell = new HashMap<>();
                    int present = random.nextInt(5);
                    for (int e = 0; e < present; e++) {
                        cell.merge(exporters.get(random.nextInt(exporters.size())), 1L + random.nextInt(9), Long::sum);
                    }
                    cells[r][c] = cell;
                }
            }
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    if (r == rows || c == columns) {
                        Map<UUID, Long> margin = new HashMap<>();
                        cells[r][c] = margin;
                        for (int rr = 0; rr < rows; rr++) {
                            for (int cc = 0; cc < columns; cc++) {
                                if ((r == rows || rr == r) && (c == columns || cc == c)) {
                                    cells[rr][cc].forEach((e, n) -> margin.merge(e, n, Long::sum));
                                }
                            }
                        }
                    }
                }
            }
            Known[][] known = oneWay(cells, rows, columns);
            CrossTable entries = new CrossTable(rows, columns);
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    entries.set(r, c, cells[r][c], known[r][c]);
                }
            }
            CrossTable.Decision table = entries.withhold();
            try {
                assertLinesPass(table, cells, known, rows, columns, "round " + round);
                assertNoWithheldEntryIsDetermined(table, rows, columns, known);
            } catch (AssertionError e) {
                throw new AssertionError("round " + round + "\n" + picture(table, cells, known, rows, columns), e);
            }
        }
    }

    /** Each entry as sum/exporters, what was known of it (F, S, W) and why withheld: what a failure needs. */
    private static String picture(CrossTable.Decision table, Map<UUID, Long>[][] cells, Known[][] known, int rows, int columns) {
        StringBuilder picture = new StringBuilder();
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                long sum = cells[r][c].values().stream().mapToLong(Long::longValue).sum();
                Reason reason = table.reason(r, c);
                picture.append(String.format("%5d/%d %s %-22s", sum, cells[r][c].size(), known[r][c].name().charAt(0),
                        reason == null ? "" : reason.name()));
            }
            picture.append('\n');
        }
        return picture.toString();
    }

    /** The row totals and column totals as the one-way answers (by row, by column) show or withhold them. */
    private static Known[][] oneWay(Map<UUID, Long>[][] cells, int rows, int columns) {
        Known[][] known = new Known[rows + 1][columns + 1];
        for (Known[] line : known) {
            Arrays.fill(line, Known.FREE);
        }
        Map<String, Map<UUID, Long>> byRow = new LinkedHashMap<>();
        for (int r = 0; r < rows; r++) {
            byRow.put("r" + r, cells[r][columns]);
        }
        Map<String, Map<UUID, Long>> byColumn = new LinkedHashMap<>();
        for (int c = 0; c < columns; c++) {
            byColumn.put("c" + c, cells[rows][c]);
        }
        var rowAnswer = DisclosureControl.withhold(byRow, cells[rows][columns]);
        var columnAnswer = DisclosureControl.withhold(byColumn, cells[rows][columns]);
        for (int r = 0; r < rows; r++) {
            known[r][columns] = rowAnswer.row("r" + r) ? Known.WITHHELD : Known.SHOWN;
        }
        for (int c = 0; c < columns; c++) {
            known[rows][c] = columnAnswer.row("c" + c) ? Known.WITHHELD : Known.SHOWN;
        }
        known[rows][columns] = rowAnswer.total() != null || columnAnswer.total() != null ? Known.WITHHELD : Known.SHOWN;
        return known;
    }

    private static boolean withheld(CrossTable.Decision table, Known[][] known, int r, int c) {
        return known[r][c] == Known.WITHHELD || table.reason(r, c) != null;
    }

    /** In each row and column whose total is shown, the withheld entries together pass the primary rule. */
    private static void assertLinesPass(CrossTable.Decision table, Map<UUID, Long>[][] cells, Known[][] known, int rows,
                                        int columns, String round) {
        for (boolean isRow : new boolean[]{true, false}) {
            for (int line = 0; line <= (isRow ? rows : columns); line++) {
                int totalRow = isRow ? line : rows;
                int totalColumn = isRow ? columns : line;
                if (withheld(table, known, totalRow, totalColumn)) {
                    continue;
                }
                Map<UUID, Long> revealed = new HashMap<>();
                for (int other = 0; other < (isRow ? columns : rows); other++) {
                    int r = isRow ? line : other;
                    int c = isRow ? other : line;
                    if (withheld(table, known, r, c)) {
                        cells[r][c].forEach((e, n) -> revealed.merge(e, n, Long::sum));
                    }
                }
                assertTrue(DisclosureControl.primary(revealed).isEmpty(),
                        round + ": " + (isRow ? "row " : "column ") + line + " reveals " + revealed);
            }
        }
    }

    /**
     * Every withheld entry can take other values while every equation (each row's and column's cells sum
     * to its total, the totals to the grand total) holds: the null space of the equations over the withheld
     * entries is not zero in its place.
     */
    private static void assertNoWithheldEntryIsDetermined(CrossTable.Decision table, int rows, int columns, Known[][] known) {
        List<int[]> unknowns = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                if (withheld(table, known, r, c)) {
                    unknowns.add(new int[]{r, c});
                }
            }
        }
        if (unknowns.isEmpty()) {
            return;
        }
        int equations = rows + 1 + columns + 1;
        double[][] matrix = new double[equations][unknowns.size()];
        for (int k = 0; k < unknowns.size(); k++) {
            int r = unknowns.get(k)[0];
            int c = unknowns.get(k)[1];
            // row r's equation: cells minus its total; column c's likewise (index rows+1+c)
            matrix[r][k] += c == columns ? -1 : 1;
            matrix[rows + 1 + c][k] += r == rows ? -1 : 1;
        }
        List<double[]> nullSpace = nullSpace(matrix, unknowns.size());
        for (int k = 0; k < unknowns.size(); k++) {
            int index = k;
            assertFalse(nullSpace.stream().allMatch(v -> Math.abs(v[index]) < 1e-9),
                    "entry " + unknowns.get(k)[0] + "," + unknowns.get(k)[1] + " is determined by the shown figures");
        }
    }

    private static List<double[]> nullSpace(double[][] matrix, int variables) {
        double[][] m = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            m[i] = matrix[i].clone();
        }
        int[] pivotOf = new int[variables];
        Arrays.fill(pivotOf, -1);
        int row = 0;
        for (int col = 0; col < variables && row < m.length; col++) {
            int best = row;
            for (int i = row; i < m.length; i++) {
                if (Math.abs(m[i][col]) > Math.abs(m[best][col])) {
                    best = i;
                }
            }
            if (Math.abs(m[best][col]) < 1e-9) {
                continue;
            }
            double[] swap = m[row];
            m[row] = m[best];
            m[best] = swap;
            for (int i = 0; i < m.length; i++) {
                if (i != row && Math.abs(m[i][col]) > 1e-12) {
                    double factor = m[i][col] / m[row][col];
                    for (int j = 0; j < variables; j++) {
                        m[i][j] -= factor * m[row][j];
                    }
                }
            }
            pivotOf[col] = row++;
        }
        List<double[]> basis = new ArrayList<>();
        for (int free = 0; free < variables; free++) {
            if (pivotOf[free] >= 0) {
                continue;
            }
            double[] v = new double[variables];
            v[free] = 1;
            for (int col = 0; col < variables; col++) {
                if (pivotOf[col] >= 0) {
                    v[col] = -m[pivotOf[col]][free] / m[pivotOf[col]][col];
                }
            }
            basis.add(v);
        }
        return basis;
    }

    private static void setMargins(CrossTable table, int rows, int columns) {
        // Every total public and made up widely enough to be shown.
        for (int r = 0; r < rows; r++) {
            table.set(r, columns, spread(100), Known.SHOWN);
        }
        for (int c = 0; c < columns; c++) {
            table.set(rows, c, spread(100), Known.SHOWN);
        }
        table.set(rows, columns, spread(200), Known.SHOWN);
    }
}
