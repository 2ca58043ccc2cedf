package io.exportpermits.permit.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out for an SVG of the statistics page: a column per group with its bars stacked or
 * side by side, a value axis with round ticks, and optionally a limit drawn across (the 45 working days).
 * Coordinates are in the SVG's own units; the template only draws. A group whose figures are withheld
 * gets no bar but a mark, so that a gap is never read as a zero.
 */
record BarChart(List<Column> columns, List<Tick> ticks, Double limitY, String limitLabel) {
    static final double WIDTH = 1000;
    static final double LEFT = 70;
    static final double RIGHT = 990;
    static final double TOP = 15;
    static final double BOTTOM = 250;
    static final double HEIGHT = 290;

    /** One series' value in a group: null when withheld. */
    record Value(String series, BigDecimal value) {
    }

    record Group(String label, List<Value> values) {
    }

    record Bar(String series, double x, double y, double width, double height) {
    }

    record Column(String label, double labelX, List<Bar> bars, boolean withheld, double markY) {
    }

    record Tick(double y, String label) {
        public double textY() {
            return y + 4;
        }
    }

    public double height() {
        return HEIGHT;
    }

    public double bottom() {
        return BOTTOM;
    }

    public double left() {
        return LEFT;
    }

    public double right() {
        return RIGHT;
    }

    /** Where the value axis's labels end, just left of the plot. */
    public double tickLabelX() {
        return LEFT - 6;
    }

    /** Where the groups' labels sit, under the plot. */
    public double groupLabelY() {
        return BOTTOM + 18;
    }

    public Double limitLabelY() {
        return limitY == null ? null : limitY - 5;
    }

    static BarChart of(List<Group> groups, boolean stacked, BigDecimal limit, String limitLabel) {
        double top = limit == null ? 0 : limit.doubleValue();
        for (Group group : groups) {
            double sum = 0;
            for (Value value : group.values()) {
                double v = value.value() == null ? 0 : value.value().doubleValue();
                sum = stacked ? sum + v : Math.max(sum, v);
            }
            top = Math.max(top, sum);
        }
        double scaleTop = roundUp(top);
        double slot = (RIGHT - LEFT) / Math.max(groups.size(), 1);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            double x = LEFT + i * slot + slot * 0.15;
            double width = slot * 0.7;
            boolean withheld = group.values().stream().anyMatch(value -> value.value() == null);
            List<Bar> bars = new ArrayList<>();
            double base = BOTTOM;
            List<Value> shown = group.values().stream().filter(value -> value.value() != null).toList();
            for (int s = 0; s < shown.size(); s++) {
                double h = shown.get(s).value().doubleValue() / scaleTop * (BOTTOM - TOP);
                if (stacked) {
                    bars.add(new Bar(shown.get(s).series(), x, base - h, width, h));
                    base -= h;
                } else {
                    double each = width / group.values().size();
                    bars.add(new Bar(shown.get(s).series(), x + each * group.values().indexOf(shown.get(s)), BOTTOM - h,
                            each, h));
                }
            }
            columns.add(new Column(group.label(), x + width / 2, bars, withheld, Math.min(base, BOTTOM) - 6));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int t = 0; t <= 4; t++) {
            double value = scaleTop * t / 4;
            ticks.add(new Tick(BOTTOM - (BOTTOM - TOP) * t / 4, label(value)));
        }
        Double limitY = limit == null ? null : BOTTOM - limit.doubleValue() / scaleTop * (BOTTOM - TOP);
        return new BarChart(columns, ticks, limitY, limitLabel);
    }

    /** The next 1, 2 or 5 times a power of ten at or above {@code value}: ticks at quarters of it read evenly. */
    private static double roundUp(double value) {
        if (value <= 0) {
            return 4;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[]{1, 2, 4, 5, 8, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String label(double value) {
        return value == Math.rint(value) ? String.format("%,d", (long) value) : String.format("%,.1f", value);
    }
}
