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
import org.judicialmetrics.metrics.Breakdown;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.report.chart.CountBarChart;
import org.judicialmetrics.report.chart.CountBarChart.Layout;
import org.judicialmetrics.report.chart.ReportChart;
import org.judicialmetrics.report.disclosure.GridSuppression;
import org.judicialmetrics.report.disclosure.SumConstraint;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Unit;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.FigureCells;
import org.judicialmetrics.report.table.ReportTable;

/**
 * This period's exclusion motions filed, decided and granted by each breakdown of {@code exclusion_motions} that the
 * configuration draws as a chart ({@code chart: true}; by default stage, applicant, evidence type and alleged method).
 * Suppression covers the columns against the total row and the unprinted "not granted" (decided minus granted);
 * charts draw only published values.
 */
public final class ExclusionCategoryCharts {

    private static final List<String> METRICS =
            List.of("exclusion_motions_filed", "exclusion_motions_decided", "exclusion_motions_granted");
    private static final List<String> SERIES = List.of("exclusion.filed", "exclusion.decided", "exclusion.granted");
    private static final List<SumConstraint> DECIDED_IS_GRANTED_PLUS_NOT = List.of(new SumConstraint(1, List.of(2, 3)));

    private ExclusionCategoryCharts() {
    }

    public static List<ReportChart> build(ReportContext ctx) {
        List<ReportChart> charts = new ArrayList<>();
        for (Breakdown breakdown : ctx.input().spec().model().breakdowns(Dataset.EXCLUSION_MOTIONS)) {
            if (breakdown.chart()) {
                byCategory(ctx, breakdown).ifPresent(charts::add);
            }
        }
        return charts;
    }

    private static Optional<ReportChart> byCategory(ReportContext ctx, Breakdown b) {
        String breakdown = b.id();
        Period p = ctx.period();
        TreeSet<String> categories = new TreeSet<>();
        METRICS.forEach(m -> ctx.index().breakdown(p, breakdown, m).forEach(r -> categories.add(r.breakdownValue())));
        if (categories.isEmpty()) {
            return Optional.empty();
        }
        List<String> values = ordered(b, categories);
        List<List<Optional<MetricRow>>> cells = new ArrayList<>();
        List<List<Long>> grid = new ArrayList<>();
        for (int i = 0; i <= values.size(); i++) {
            String value = i < values.size() ? values.get(i) : null;
            List<Optional<MetricRow>> row = METRICS.stream()
                    .map(m -> value == null
                            ? ctx.total(p, m)
                            : ctx.index().cell(p.type().label(), p.label(), breakdown, value, m))
                    .toList();
            List<Long> n = row.stream()
                    .map(r -> r.map(FigureCells::count).orElse(null))
                    .toList();
            cells.add(row);
            grid.add(Arrays.asList(n.get(0), n.get(1), n.get(2), GridSuppression.complement(n.get(1), n.get(2))));
        }
        boolean[][] withheld = GridSuppression.withTotalRow(
                grid, DECIDED_IS_GRANTED_PLUS_NOT, ctx.rules().minCount(), ctx.withheldCounts(cells));

        Messages m = ctx.messages();
        List<String> series = SERIES.stream().map(m::text).toList();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<List<Cell>> rows = new ArrayList<>();
        List<Long> filedShown = new ArrayList<>();
        for (int i = 0; i <= values.size(); i++) {
            String name = i < values.size() ? ctx.labels().code(values.get(i)) : m.text("all");
            List<Cell> row = new ArrayList<>(List.of(Cell.text(name)));
            for (int c = 0; c < METRICS.size(); c++) {
                row.add(ctx.cells().count(cells.get(i).get(c), withheld[i][c]));
                if (i < values.size()) {
                    dataset.addValue(withheld[i][c] ? null : grid.get(i).get(c), series.get(c), name);
                }
            }
            filedShown.add(withheld[i][0] ? null : grid.get(i).get(0));
            rows.add(row);
        }
        String heading = ctx.labels().of(b);
        String title = m.text("exclusion.caption", "breakdown", heading.toLowerCase(Locale.ROOT), "period",
                m.period(p));
        JFreeChart chart = CountBarChart.chart(title, heading, m.text("exclusion.axis"), dataset,
                Layout.GROUPED_HORIZONTAL, m.text("chart.withheld"));
        String id = "exclusion-" + breakdown;
        ReportTable table = new ReportTable(
                id,
                m.text("chart.data", "chart", title),
                List.of(
                        Column.text(heading),
                        Column.figure(series.get(0), Unit.COUNT),
                        Column.figure(series.get(1), Unit.COUNT),
                        Column.figure(series.get(2), Unit.COUNT)),
                rows);
        return Optional.of(new ReportChart(id, chart, summary(ctx, title, values, filedShown), table));
    }

    /**
     * Categories in the order the breakdown lists them (stages in procedural order), the others alphabetically with
     * {@code OTHER} last; never by size, which could hint at withheld counts.
     */
    private static List<String> ordered(Breakdown breakdown, TreeSet<String> categories) {
        List<String> order = breakdown.values();
        return categories.stream()
                .sorted(Comparator.comparingInt((String v) -> order.contains(v) ? order.indexOf(v) : order.size())
                        .thenComparing(v -> "OTHER".equals(v))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static String summary(ReportContext ctx, String title, List<String> values, List<Long> filed) {
        int top = -1;
        for (int i = 0; i < values.size(); i++) {
            if (filed.get(i) != null && (top < 0 || filed.get(i) > filed.get(top))) {
                top = i;
            }
        }
        if (top < 0) {
            return ctx.messages().text("exclusion.alt_none", "title", title);
        }
        return ctx.messages().text("exclusion.alt", "title", title, "category",
                ctx.labels().code(values.get(top)).toLowerCase(Locale.ROOT), "filed", Figures.count(filed.get(top)));
    }
}
