package org.judicialmetrics.report;

import java.util.ArrayList;
import java.util.List;
import org.judicialmetrics.report.MetricGlossary.Kind;
import org.judicialmetrics.metrics.MetricDefinition;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.period.Era;
import org.judicialmetrics.report.chart.RateTrendChart;
import org.judicialmetrics.report.chart.RateTrendChart.Reform;
import org.judicialmetrics.report.chart.ReportChart;
import org.judicialmetrics.report.chart.TrendPoint;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Unit;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.FigureCells;
import org.judicialmetrics.report.table.ReportTable;

/** The rates the configuration shows as trends ({@code show: trends}) since the baseline with their interval bands and the reform dates (the start of each era) marked. */
public final class TrendCharts {

    private TrendCharts() {
    }

    /** A chart for each trend rate with at least one value in its series. */
    public static List<ReportChart> build(ReportContext ctx) {
        List<ReportChart> charts = new ArrayList<>();
        for (String metric : shown(ctx)) {
            List<MetricRow> series = ctx.series(metric);
            if (series.stream().anyMatch(r -> r.value() != null)) {
                charts.add(trend(ctx, metric, series));
            }
        }
        return charts;
    }

    /** A note naming the trend rates not drawn because no period of their series has a value (an empty chart says less). */
    public static List<String> notes(ReportContext ctx) {
        List<String> missing = shown(ctx).stream()
                .filter(m -> !ctx.series(m).isEmpty() && ctx.series(m).stream().allMatch(r -> r.value() == null))
                .map(ctx::label).toList();
        return missing.isEmpty() ? List.of()
                : List.of(ctx.messages().text("trend.not_drawn", "metrics", ctx.list(missing, "and")));
    }

    /** The trend metrics of the datasets the run has. */
    private static List<String> shown(ReportContext ctx) {
        return ctx.metrics().shownIn(MetricDefinition.TRENDS).stream().filter(ctx::shows).toList();
    }

    /** The published points of a rate's series: withheld when its numerator, denominator or their difference is. */
    public static List<TrendPoint> points(ReportContext ctx, List<MetricRow> series) {
        return series.stream()
                .map(r -> {
                    boolean withheld = withheld(ctx, r);
                    return withheld
                            ? new TrendPoint(r.periodLabel(), r.periodStart(), r.periodEnd(), null, null, null)
                            : new TrendPoint(
                                    r.periodLabel(), r.periodStart(), r.periodEnd(), r.value(), r.ciLow(), r.ciHigh());
                })
                .toList();
    }

    private static ReportChart trend(ReportContext ctx, String metric, List<MetricRow> series) {
        String label = ctx.label(metric);
        String span = series.get(0).periodLabel() + "–"
                + series.get(series.size() - 1).periodLabel();
        List<TrendPoint> points = points(ctx, series);
        int years = series.get(series.size() - 1).periodEnd().getYear()
                - series.get(0).periodStart().getYear()
                + 1;
        List<Reform> markers = new ArrayList<>(reforms(ctx.input().spec().eras(), ctx.labels()));
        boolean ratio = ctx.kind(metric) == Kind.RATIO;
        Messages m = ctx.messages();
        List<RateTrendChart.Line> lines = lines(m, ratio ? label : m.text("trend.band", "metric", label, "ci", ctx.ci()),
                label, series, points, markers);
        JFreeChart chart = RateTrendChart.chart(m.text("trend.caption", "metric", label, "span", span),
                m.text("trend.axis", "metric", label), lines, markers, years);
        chart.getXYPlot().getDomainAxis().setLabel(m.text("chart.year"));
        return new ReportChart(
                "trend-" + metric, chart, summary(ctx.messages(), label, points), table(ctx, metric, label, span, series));
    }

    /**
     * The series as one line, or, where a period is flagged {@code b} (break in series), as one line per stretch
     * between breaks, each break marked on the time axis: values either side of a break are not comparable.
     */
    static List<RateTrendChart.Line> lines(Messages m, String name, String label, List<MetricRow> series,
            List<TrendPoint> points, List<Reform> markers) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 1; i < series.size(); i++) {
            if (series.get(i).flags() != null && series.get(i).flags().contains("b")) {
                starts.add(i);
                markers.add(new Reform(series.get(i).periodStart(), m.text("trend.break")));
            }
        }
        List<RateTrendChart.Line> lines = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : points.size();
            List<TrendPoint> stretch = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                TrendPoint p = points.get(i);
                stretch.add(i >= from && i < to ? p
                        : new TrendPoint(p.label(), p.start(), p.end(), null, null, null));
            }
            lines.add(new RateTrendChart.Line(k == 0 ? name
                    : m.text("trend.new_basis", "metric", label, "period", series.get(from).periodLabel()), stretch));
        }
        return lines;
    }

    /** The start of each era after the first, as a reform date to mark. */
    public static List<Reform> reforms(List<Era> eras) {
        return reforms(eras, Labels.english());
    }

    /** The start of each era after the first, named in an edition's words. */
    public static List<Reform> reforms(List<Era> eras, Labels labels) {
        return eras.stream()
                .filter(e -> e.start() != null)
                .map(e -> new Reform(e.start(), shortLabel(e, labels)))
                .toList();
    }

    private static String shortLabel(Era era, Labels labels) {
        return era.label() == null ? era.id() : labels.text(era.label()).replace(" in force", "");
    }

    /** The chart's alt text: its kind, first, last, lowest and highest points, and the periods without a point. */
    static String summary(Messages m, String label, List<TrendPoint> points) {
        List<TrendPoint> shown = points.stream().filter(p -> p.value() != null).toList();
        if (shown.isEmpty()) {
            return m.text("trend.alt_empty", "metric", label);
        }
        TrendPoint first = shown.get(0);
        TrendPoint last = shown.get(shown.size() - 1);
        TrendPoint low = shown.stream()
                .min((a, b) -> Double.compare(a.value(), b.value()))
                .orElseThrow();
        TrendPoint high = shown.stream()
                .max((a, b) -> Double.compare(a.value(), b.value()))
                .orElseThrow();
        return m.text("trend.alt", "metric", label, "first", Figures.percent(first.value()),
                "first_period", first.label(), "last", Figures.percent(last.value()), "last_period", last.label(),
                "low", Figures.percent(low.value()), "low_period", low.label(), "high", Figures.percent(high.value()),
                "high_period", high.label()) + gaps(m, points);
    }

    /** The periods drawn without a point, so a reader of the summary knows the line has gaps and where. */
    private static String gaps(Messages m, List<TrendPoint> points) {
        List<String> missing = points.stream().filter(p -> p.value() == null).map(TrendPoint::label).toList();
        if (missing.isEmpty()) {
            return "";
        }
        return missing.size() <= 3 ? m.text("trend.alt_gaps", "periods", String.join(", ", missing))
                : m.text("trend.alt_gaps_many", "count", Integer.toString(missing.size()));
    }

    private static ReportTable table(
            ReportContext ctx, String metric, String label, String span, List<MetricRow> series) {
        List<List<Cell>> rows = new ArrayList<>();
        // a ratio has no interval (it is not a proportion), so its table has no interval column
        boolean ratio = ctx.kind(metric) == Kind.RATIO;
        for (MetricRow r : series) {
            boolean withheld = withheld(ctx, r);
            Optional<MetricRow> row = Optional.of(r);
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(r.periodLabel()), ctx.cells().rate(row, withheld)));
            if (!ratio) {
                cells.add(ctx.cells().interval(row, withheld));
            }
            cells.add(FigureCells.count(r.numerator(), withheld));
            cells.add(FigureCells.count(r.denominator(),
                    ctx.rules().withheld(r.denominator()) || ctx.disclosure().denominatorWithheld(r)));
            rows.add(cells);
        }
        Messages m = ctx.messages();
        List<Column> columns = new ArrayList<>(List.of(Column.text(m.text("table.period")),
                Column.figure(label, Unit.PERCENT)));
        if (!ratio) {
            columns.add(Column.interval(ctx.ci(), Unit.PERCENT));
        }
        columns.add(Column.figure(m.text("trend.events"), Unit.COUNT));
        columns.add(Column.figure(m.text("trend.denominator"), Unit.COUNT));
        return new ReportTable("trend-" + metric,
                m.text("chart.data", "chart", m.text("trend.caption", "metric", label, "span", span)), columns, rows);
    }

    /** A point is withheld as its rate's or ratio's cell is. */
    private static boolean withheld(ReportContext ctx, MetricRow r) {
        return ctx.rules().withheldQuotient(ctx.kind(r.metricId()) == Kind.RATIO, r.numerator(), r.denominator())
                || ctx.disclosure().withheld(r);
    }
}
