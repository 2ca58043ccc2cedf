package io.exportpermits.permit.statistics;

import io.exportpermits.permit.statistics.DisclosureControl.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Disclosure control of a table split two ways (months by element, say), whose margins are also public:
 * each row's total and each column's total may be the figures of another answer, which withheld some of
 * them already. A withheld cell must then be safe from every row and every column it sits in, and from
 * them together:
 * <ul>
 * <li>in a line (a row or a column) whose total is known, the withheld entries together are what the total
 * less the shown ones reveals, so they must pass the primary rule ({@link DisclosureControl#primary}) as one;
 * the smallest shown entry of the line is withheld too while they do not;</li>
 * <li>no withheld entry may be worked out exactly from the lines together. Write the table with its margins
 * as rows and columns that each sum to nothing (a margin counted negative); the withheld entries are then
 * the edges of a graph between rows and columns, and an entry is determined by the others exactly when its
 * edge lies on no cycle (it is a bridge). A bridge is closed into a cycle through the cheapest shown
 * entries, the way the hypercube method of statistical offices chooses complementary cells.</li>
 * </ul>
 * Entries of the grid are indexed {@code [row][column]}; index {@code rows} is the row of column totals,
 * index {@code columns} the column of row totals, and {@code [rows][columns]} the grand total.
 */
final class CrossTable {
    /** What is known of an entry before this table decides. */
    enum Known {
        /** This table decides whether it is shown: a cell, or a margin no other answer shows. */
        FREE,
        /** Another public answer shows it. */
        SHOWN,
        /** Another public answer withholds it. */
        WITHHELD
    }

    private final int rows;
    private final int columns;
    private final Map<UUID, Long>[][] contributions;
    private final Known[][] known;
    private final Reason[][] reasons;
    private final boolean[][] unknown;

    @SuppressWarnings("unchecked")
    CrossTable(int rows, int columns) {
        this.rows = rows;
        this.columns = columns;
        this.contributions = new Map[rows + 1][columns + 1];
        this.known = new Known[rows + 1][columns + 1];
        this.reasons = new Reason[rows + 1][columns + 1];
        this.unknown = new boolean[rows + 1][columns + 1];
        for (Known[] line : known) {
            Arrays.fill(line, Known.FREE);
        }
        for (Map<UUID, Long>[] line : contributions) {
            Arrays.fill(line, Map.of());
        }
    }

    /** One entry: each exporter's share of it and what another answer already says of it. */
    CrossTable set(int row, int column, Map<UUID, Long> shares, Known state) {
        if (state != Known.FREE && row < rows && column < columns) {
            throw new IllegalArgumentException("only margins are shown or withheld by other answers");
        }
        contributions[row][column] = shares;
        known[row][column] = state;
        return this;
    }

    /**
     * What the table decided: why it withholds each entry it decides on (null when shown, or decided by
     * another answer). Kept apart from the contributions, which are let go: a count holds one decision per
     * figure, and the contributions of all of them at once did not fit the heap.
     */
    record Decision(Reason[][] reasons) {
        Reason reason(int row, int column) {
            return reasons[row][column];
        }
    }

    /** Decides which entries to withhold; call once, after every entry is set. */
    Decision withhold() {
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                if (known[r][c] == Known.WITHHELD) {
                    unknown[r][c] = true;
                } else if (known[r][c] == Known.FREE) {
                    int row = r;
                    int column = c;
                    DisclosureControl.primary(contributions[r][c]).ifPresent(reason -> withholdEntry(row, column, reason));
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = protectLines() || closeBridge();
        }
        return new Decision(reasons);
    }

    private void withholdEntry(int row, int column, Reason reason) {
        unknown[row][column] = true;
        reasons[row][column] = reason;
    }

    /** Entries of one line: a row's (its total last) or a column's (its total last). */
    private List<int[]> line(int index, boolean isRow) {
        List<int[]> entries = new ArrayList<>();
        for (int other = 0; other <= (isRow ? columns : rows); other++) {
            entries.add(isRow ? new int[]{index, other} : new int[]{other, index});
        }
        return entries;
    }

    /** The line rule: in each line whose total is known, what the total less the shown entries reveals passes. */
    private boolean protectLines() {
        boolean changed = false;
        for (boolean isRow : new boolean[]{true, false}) {
            for (int index = 0; index <= (isRow ? rows : columns); index++) {
                List<int[]> line = line(index, isRow);
                int[] total = line.remove(line.size() - 1);
                if (unknown[total[0]][total[1]]) {
                    continue;
                }
                Map<UUID, Long> revealed = new HashMap<>();
                boolean any = false;
                for (int[] entry : line) {
                    if (unknown[entry[0]][entry[1]]) {
                        any = true;
                        contributions[entry[0]][entry[1]].forEach((exporter, count) -> revealed.merge(exporter, count, Long::sum));
                    }
                }
                while (any && DisclosureControl.primary(revealed).isPresent()) {
                    int[] smallest = smallestShown(line);
                    if (smallest == null) {
                        // Every entry of the line is withheld already: only the line's own total is left to withhold.
                        if (known[total[0]][total[1]] != Known.FREE) {
                            break;
                        }
                        smallest = total;
                    }
                    withholdEntry(smallest[0], smallest[1], Reason.PROTECTS_ANOTHER_CELL);
                    changed = true;
                    if (smallest == total) {
                        break;
                    }
                    contributions[smallest[0]][smallest[1]].forEach((exporter, count) -> revealed.merge(exporter, count, Long::sum));
                }
            }
        }
        return changed;
    }

    private int[] smallestShown(List<int[]> line) {
        int[] smallest = null;
        long least = Long.MAX_VALUE;
        for (int[] entry : line) {
            long sum = sum(entry[0], entry[1]);
            if (!unknown[entry[0]][entry[1]] && known[entry[0]][entry[1]] == Known.FREE && sum > 0 && sum < least) {
                least = sum;
                smallest = entry;
            }
        }
        return smallest;
    }

    private long sum(int row, int column) {
        return contributions[row][column].values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Finds one withheld entry that the others determine and closes it into a cycle: the cheapest path of
     * shown entries this table may withhold from its row to its column. When there is none, every entry
     * this table decides on is withheld.
     */
    private boolean closeBridge() {
        int[] bridge = new Bridges().find();
        if (bridge == null) {
            return false;
        }
        List<int[]> path = cheapestPath(bridge[0], bridge[1]);
        if (path != null) {
            path.forEach(entry -> withholdEntry(entry[0], entry[1], Reason.PROTECTS_ANOTHER_CELL));
            return !path.isEmpty();
        }
        boolean changed = false;
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                if (known[r][c] == Known.FREE && !unknown[r][c] && sum(r, c) > 0) {
                    withholdEntry(r, c, Reason.PROTECTS_ANOTHER_CELL);
                    changed = true;
                }
            }
        }
        return changed;
    }

    /**
     * Dijkstra over the complete graph of rows and columns, without the bridge: a withheld entry costs
     * nothing, a shown entry this table decides on its size (plus one, so that fewer entries win among
     * zeros), a shown entry of another answer cannot be taken. Returns the shown entries to withhold.
     */
    private List<int[]> cheapestPath(int fromRow, int toColumn) {
        int nodes = rows + 1 + columns + 1;
        long[] cost = new long[nodes];
        int[] previous = new int[nodes];
        boolean[] done = new boolean[nodes];
        Arrays.fill(cost, Long.MAX_VALUE);
        Arrays.fill(previous, -1);
        cost[fromRow] = 0;
        int target = rows + 1 + toColumn;
        for (int step = 0; step < nodes; step++) {
            int node = -1;
            for (int n = 0; n < nodes; n++) {
                if (!done[n] && cost[n] != Long.MAX_VALUE && (node < 0 || cost[n] < cost[node])) {
                    node = n;
                }
            }
            if (node < 0 || node == target) {
                break;
            }
            done[node] = true;
            boolean isRow = node <= rows;
            for (int other = isRow ? rows + 1 : 0; other < (isRow ? nodes : rows + 1); other++) {
                int r = isRow ? node : other;
                int c = (isRow ? other : node) - rows - 1;
                if (done[other] || (r == fromRow && c == toColumn)) {
                    continue;
                }
                long step2 = edgeCost(r, c);
                if (step2 != Long.MAX_VALUE && cost[node] + step2 < cost[other]) {
                    cost[other] = cost[node] + step2;
                    previous[other] = node;
                }
            }
        }
        if (cost[target] == Long.MAX_VALUE) {
            return null;
        }
        List<int[]> toWithhold = new ArrayList<>();
        for (int node = target; previous[node] >= 0; node = previous[node]) {
            int before = previous[node];
            int r = node <= rows ? node : before;
            int c = (node <= rows ? before : node) - rows - 1;
            if (!unknown[r][c]) {
                toWithhold.add(new int[]{r, c});
            }
        }
        return toWithhold;
    }

    private long edgeCost(int row, int column) {
        if (unknown[row][column]) {
            return 0;
        }
        return known[row][column] == Known.FREE ? sum(row, column) + 1 : Long.MAX_VALUE;
    }

    /** Tarjan's bridge search over the withheld entries, rows numbered first, then columns. */
    private final class Bridges {
        private final int[] order = new int[rows + 1 + columns + 1];
        private final int[] low = new int[order.length];
        private int counter;
        private int[] found;

        int[] find() {
            Arrays.fill(order, -1);
            for (int node = 0; node < order.length && found == null; node++) {
                if (order[node] < 0) {
                    visit(node, -1);
                }
            }
            return found;
        }

        private void visit(int node, int parent) {
            order[node] = low[node] = counter++;
            boolean isRow = node <= rows;
            for (int other = isRow ? rows + 1 : 0; other < (isRow ? order.length : rows + 1) && found == null; other++) {
                int r = isRow ? node : other;
                int c = (isRow ? other : node) - rows - 1;
                if (!unknown[r][c] || other == parent) {
                    continue;
                }
                if (order[other] < 0) {
                    visit(other, node);
                    low[node] = Math.min(low[node], low[other]);
                    // A search cut short below, by a bridge found there, leaves low[other] unfinished.
                    if (found == null && low[other] > order[node]) {
                        found = new int[]{r, c};
                    }
                } else {
                    low[node] = Math.min(low[node], order[other]);
                }
            }
        }
    }
}
