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

    private static final String BARS = "Overturned in the year";
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
        String line = "Cumulative since " + years.get(0);
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
            bars.addValue(withheld[2 * i] ? null : values.get(2 * i), BARS, year);
            cumulative.addValue(withheld[2 * i + 1] ? null : values.get(2 * i + 1), line, year);
            rows.add(List.of(
                    Cell.text(year),
                    FigureCells.count(values.get(2 * i), withheld[2 * i]),
                    FigureCells.count(values.get(2 * i + 1), withheld[2 * i + 1])));
        }
        String title = "Convictions overturned on review, " + years.get(0) + "–" + years.get(years.size() - 1);
        JFreeChart chart = BarsWithCumulativeChart.chart(title, BARS + " (count)", line + " (count)", bars, cumulative);
        ReportTable table = new ReportTable(
                "overturned-convictions",
                title + ": data of the chart",
                List.of(Column.text("Year"), Column.figure(BARS, Unit.COUNT), Column.figure(line, Unit.COUNT)),
                rows);
        return List.of(new ReportChart("overturned-convictions", chart, summary(years, values, withheld), table));
    }

    private static String summary(List<Integer> years, List<Long> values, boolean[] withheld) {
        int last = years.size() - 1;
        Integer peak = null;
        for (int i = 0; i < years.size(); i++) {
            if (!withheld[2 * i] && (peak == null || values.get(2 * i) > values.get(2 * peak))) {
                peak = i;
            }
        }
        String total = withheld[2 * last + 1] ? "a suppressed number of" : Figures.count(values.get(2 * last + 1));
        String most = Objects.isNull(peak)
                ? ""
                : "; the most in one year was " + Figures.count(values.get(2 * peak)) + " in " + years.get(peak);
        return "Bars per year with a cumulative line: from " + years.get(0) + " to " + years.get(last) + ", " + total
                + " convictions were overturned on review" + most + ".";
    }
}
