package org.judicialmetrics.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.report.chart.CountBarChart;
import org.judicialmetrics.report.chart.CountBarChart.Layout;
import org.judicialmetrics.report.chart.ReportChart;
import org.judicialmetrics.report.disclosure.CellSuppression;
import org.judicialmetrics.report.disclosure.GridSuppression;
import org.judicialmetrics.report.disclosure.SumConstraint;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.FigureCells;
import org.judicialmetrics.report.table.ReportTable;

/**
 * Motions to exclude illegally obtained evidence: decisions per period since the baseline (granted vs not granted),
 * and this period's motions by evidence type, alleged method, stage and applicant. Charts draw only published
 * (unsuppressed) values.
 */
public final class ExclusionCharts {

    public static final List<String> BREAKDOWNS = List.of("evidence_type", "alleged_method", "stage", "applicant");
    private static final List<String> MOTION_METRICS = List.of("exclusion_motions_filed", "exclusion_motions_decided", "exclusion_motions_granted");
    private static final List<String> STAGES = List.of("INVESTIGATION", "PROSECUTION_REVIEW", "PRETRIAL", "TRIAL", "APPEAL");
    private static final String GRANTED = "Granted in full or in part";
    private static final String NOT_GRANTED = "Denied";

    private ExclusionCharts() {
    }

    public static List<ReportChart> build(ReportContext ctx) {
        List<ReportChart> charts = new ArrayList<>();
        decisions(ctx).ifPresent(charts::add);
        for (String breakdown : BREAKDOWNS) {
            byCategory(ctx, breakdown).ifPresent(charts::add);
        }
        return charts;
    }

    private static Optional<ReportChart> decisions(ReportContext ctx) {
        List<MetricRow> decided = ctx.series("exclusion_motions_decided");
        if (decided.isEmpty()) {
            return Optional.empty();
        }
        List<Long> values = new ArrayList<>();
        List<SumConstraint> relations = new ArrayList<>();
        for (MetricRow d : decided) {
            Long all = FigureCells.count(d);
            Long granted = grantedIn(ctx, d).orElse(null);
            Long denied = all == null || granted == null ? null : all - granted;
            int base = values.size();
            values.addAll(Arrays.asList(all, granted, denied));
            if (all != null && granted != null) {
                relations.add(new SumConstraint(base, List.of(base + 1, base + 2)));
            }
        }
        boolean[] withheld = CellSuppression.suppress(values, relations, ctx.rules().minCount());
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < decided.size(); i++) {
            String label = decided.get(i).periodLabel();
            Long granted = withheld[3 * i + 1] ? null : values.get(3 * i + 1);
            Long denied = withheld[3 * i + 2] ? null : values.get(3 * i + 2);
            dataset.addValue(granted, GRANTED, label);
            dataset.addValue(denied, NOT_GRANTED, label);
            rows.add(List.of(Cell.text(label),
                    FigureCells.count(values.get(3 * i), withheld[3 * i]),
                    FigureCells.count(values.get(3 * i + 1), withheld[3 * i + 1]),
                    FigureCells.count(values.get(3 * i + 2), withheld[3 * i + 2])));
        }
        String span = decided.get(0).periodLabel() + "–" + decided.get(decided.size() - 1).periodLabel();
        String title = "Exclusion motions decided, by decision, " + span;
        JFreeChart chart = CountBarChart.chart(title, "Period decided", "Motions decided (count)", dataset, Layout.STACKED_VERTICAL);
        ReportTable table = new ReportTable("exclusion-decisions", title + ": data of the chart",
                List.of(Column.text("Period"), Column.figure("Decided"), Column.figure(GRANTED), Column.figure(NOT_GRANTED)), rows);
        return Optional.of(new ReportChart("exclusion-decisions", chart, decisionSummary(decided, values, withheld), table));
    }

    private static Optional<Long> grantedIn(ReportContext ctx, MetricRow decided) {
        return ctx.index().cell(decided.periodType(), decided.periodLabel(), MetricIndex.ALL, MetricIndex.ALL, "exclusion_motions_granted")
                .map(FigureCells::count);
    }

    private static String decisionSummary(List<MetricRow> decided, List<Long> values, boolean[] withheld) {
        int last = decided.size() - 1;
        String period = decided.get(last).periodLabel();
        if (withheld[3 * last] || withheld[3 * last + 1] || values.get(3 * last) == null || values.get(3 * last + 1) == null) {
            return "Motions decided per period since " + decided.get(0).periodLabel() + "; figures for " + period + " are suppressed or not available.";
        }
        return "In " + period + ", " + Figures.count(values.get(3 * last + 1)) + " of " + Figures.count(values.get(3 * last))
                + " exclusion motions decided were granted in full or in part; the chart shows each period since "
                + decided.get(0).periodLabel() + ".";
    }

    private static Optional<ReportChart> byCategory(ReportContext ctx, String breakdown) {
        Period p = ctx.period();
        TreeSet<String> categories = new TreeSet<>();
        for (String metric : MOTION_METRICS) {
            ctx.index().breakdown(p, breakdown, metric).forEach(r -> categories.add(r.breakdownValue()));
        }
        if (categories.isEmpty()) {
            return Optional.empty();
        }
        List<String> values = ordered(breakdown, categories);
        List<List<Optional<MetricRow>>> cellRows = new ArrayList<>();
        List<List<Long>> grid = new ArrayList<>();
        for (int i = 0; i <= values.size(); i++) {
            String value = i < values.size() ? values.get(i) : null;
            List<Optional<MetricRow>> row = MOTION_METRICS.stream().map(m -> value == null ? ctx.total(p, m)
                    : ctx.index().cell(p.type().label(), p.label(), breakdown, value, m)).toList();
            List<Long> counts = row.stream().map(r -> r.map(FigureCells::count).orElse(null)).toList();
            cellRows.add(row);
            grid.add(Arrays.asList(counts.get(0), counts.get(1), counts.get(2), GridSuppression.complement(counts.get(1), counts.get(2))));
        }
        boolean[][] withheld = GridSuppression.suppress(grid, List.of(new SumConstraint(1, List.of(2, 3))), ctx.rules().minCount());
        String heading = Labels.humanize(breakdown);
        String title = "Exclusion motions by " + heading.toLowerCase(Locale.ROOT) + ", " + p.label();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<List<Cell>> rows = new ArrayList<>();
        List<Long> filedShown = new ArrayList<>();
        for (int i = 0; i <= values.size(); i++) {
            String name = i < values.size() ? Labels.humanize(values.get(i)) : "All";
            List<Cell> row = new ArrayList<>(List.of(Cell.text(name)));
            for (int m = 0; m < MOTION_METRICS.size(); m++) {
                row.add(ctx.cells().count(cellRows.get(i).get(m), withheld[i][m]));
                if (i < values.size()) {
                    dataset.addValue(withheld[i][m] ? null : grid.get(i).get(m), seriesName(m), name);
                }
            }
            filedShown.add(withheld[i][0] ? null : grid.get(i).get(0));
            rows.add(row);
        }
        JFreeChart chart = CountBarChart.chart(title, heading, "Motions (count)", dataset, Layout.GROUPED_HORIZONTAL);
        ReportTable table = new ReportTable("exclusion-" + breakdown, title + ": data of the chart",
                List.of(Column.text(heading), Column.figure("Filed"), Column.figure("Decided"), Column.figure("Granted")), rows);
        return Optional.of(new ReportChart("exclusion-" + breakdown, chart, categorySummary(title, values, filedShown), table));
    }

    /** Stages in procedural order, other categories alphabetically with {@code OTHER} last (never by size: that could hint at withheld counts). */
    private static List<String> ordered(String breakdown, TreeSet<String> categories) {
        List<String> order = "stage".equals(breakdown) ? STAGES : List.of();
        return categories.stream()
                .sorted(Comparator.comparingInt((String v) -> order.contains(v) ? order.indexOf(v) : order.size())
                        .thenComparing(v -> "OTHER".equals(v))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static String seriesName(int metric) {
        return List.of("Filed", "Decided", "Granted").get(metric);
    }

    private static String categorySummary(String title, List<String> values, List<Long> filed) {
        int top = -1;
        for (int i = 0; i < values.size(); i++) {
            if (filed.get(i) != null && (top < 0 || filed.get(i) > filed.get(top))) {
                top = i;
            }
        }
        if (top < 0) {
            return title + ": all counts are suppressed or not available.";
        }
        return title + ": most motions filed concerned " + Labels.humanize(values.get(top)).toLowerCase(Locale.ROOT) + " ("
                + Figures.count(filed.get(top)) + " filed).";
    }
}
