package org.judicialmetrics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.report.chart.BarsWithCumulativeChart;
import org.judicialmetrics.report.chart.ReportChart;
import org.judicialmetrics.report.disclosure.CellSuppression;
import org.judicialmetrics.report.disclosure.SumConstraint;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Unit;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.FigureCells;
import org.judicialmetrics.report.table.ReportTable;

/**
 * Convictions overturned per year since the baseline with the running total; each running total is the previous one
 * plus the year, so suppression treats that as a sum relation and a small year cannot be read off the totals.
 */
public final class OverturnedConvictions {

    private static final String METRIC = "convictions_overturned";

    private OverturnedConvictions() {
    }

    /** Per year (from the job's calendar periods) the count of overturned convictions, oldest first. */
    private static Map<Integer, Long> perYear(ReportContext ctx) {
        Map<Integer, Long> years = new TreeMap<>();
        for (MetricRow r : ctx.series(METRIC)) {
            Long n = FigureCells.count(r);
            if (n != null) {
                years.merge(r.periodStart().getYear(), n, Long::sum);
            }
        }
        return years;
    }

    /** The years with a period the whole table's decision withholds: their totals are withheld here too. */
    private static java.util.Set<Integer> withheldYears(ReportContext ctx) {
        java.util.Set<Integer> years = new java.util.HashSet<>();
        ctx.series(METRIC).stream().filter(ctx.disclosure()::numeratorWithheld)
                .forEach(r -> years.add(r.periodStart().getYear()));
        return years;
    }

    public static List<ReportChart> build(ReportContext ctx) {
        Map<Integer, Long> perYear = perYear(ctx);
        if (perYear.isEmpty()) {
            return List.of();
        }
        List<Integer> years = List.copyOf(perYear.keySet());
        Messages m = ctx.messages();
        String bar = m.text("overturned.bars");
        String line = m.text("overturned.line", "year", years.get(0).toString());
        List<Long> values = new ArrayList<>();
        List<SumConstraint> relations = new ArrayList<>();
        long running = 0;
        for (int i = 0; i < years.size(); i++) {
            long n = perYear.get(years.get(i));
            running += n;
            values.add(n);
            values.add(running);
            if (i > 0) {
                relations.add(new SumConstraint(2 * i + 1, List.of(2 * i - 1, 2 * i)));
            }
        }
        java.util.Set<Integer> withheldYears = withheldYears(ctx);
        boolean[] forced = new boolean[values.size()];
        for (int i = 0; i < years.size(); i++) {
            forced[2 * i] = withheldYears.contains(years.get(i));
            forced[2 * i + 1] = ctx.index().cell(org.judicialmetrics.period.PeriodType.CUMULATIVE.label(),
                    years.get(i).toString(), MetricIndex.ALL, MetricIndex.ALL, METRIC)
                    .map(ctx.disclosure()::numeratorWithheld).orElse(false);
        }
        boolean[] withheld =
                CellSuppression.suppress(values, relations, ctx.rules().minCount(), forced);
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset cumulative = new DefaultCategoryDataset();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            String year = years.get(i).toString();
            bars.addValue(withheld[2 * i] ? null : values.get(2 * i), bar, year);
            cumulative.addValue(withheld[2 * i + 1] ? null : values.get(2 * i + 1), line, year);
            rows.add(List.of(
                    Cell.text(year),
                    FigureCells.count(values.get(2 * i), withheld[2 * i]),
                    FigureCells.count(values.get(2 * i + 1), withheld[2 * i + 1])));
        }
        String title = m.text("overturned.caption", "span", years.get(0) + "–" + years.get(years.size() - 1));
        String count = " (" + m.text("unit.count") + ")";
        JFreeChart chart = BarsWithCumulativeChart.chart(title, bar + count, line + count, bars, cumulative,
                m.text("chart.withheld"), false);
        chart.getCategoryPlot().getDomainAxis().setLabel(m.text("chart.year"));
        ReportTable table = new ReportTable(
                "overturned-convictions",
                m.text("chart.data", "chart", title),
                List.of(Column.text(m.text("overturned.year")), Column.figure(bar, Unit.COUNT),
                        Column.figure(line, Unit.COUNT)),
                rows);
        return List.of(new ReportChart("overturned-convictions", chart, summary(m, years, values, withheld), table));
    }

    private static String summary(Messages m, List<Integer> years, List<Long> values, boolean[] withheld) {
        int last = years.size() - 1;
        Integer peak = null;
        for (int i = 0; i < years.size(); i++) {
            if (!withheld[2 * i] && (peak == null || values.get(2 * i) > values.get(2 * peak))) {
                peak = i;
            }
        }
        String most = Objects.isNull(peak) ? "" : m.text("overturned.alt_most", "count",
                Figures.count(values.get(2 * peak)), "year", years.get(peak).toString());
        String first = years.get(0).toString();
        String end = years.get(last).toString();
        return withheld[2 * last + 1]
                ? m.text("overturned.alt_suppressed", "first", first, "last", end, "most", most)
                : m.text("overturned.alt", "first", first, "last", end, "total",
                        Figures.count(values.get(2 * last + 1)), "most", most);
    }
}
