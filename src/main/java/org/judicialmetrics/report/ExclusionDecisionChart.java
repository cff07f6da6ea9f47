package org.judicialmetrics.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.judicialmetrics.metrics.MetricRow;
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
 * Exclusion motions decided per period since the baseline, stacked as granted (in full or in part) and denied;
 * decided = granted + denied in each period, so a small count is never left alone in a period.
 */
public final class ExclusionDecisionChart {

    static final String ID = "exclusion-decisions";
    private static final String GRANTED = "Granted in full or in part";
    private static final String DENIED = "Denied";
    private static final List<SumConstraint> DECIDED_IS_GRANTED_PLUS_DENIED =
            List.of(new SumConstraint(0, List.of(1, 2)));

    private ExclusionDecisionChart() {
    }

    public static Optional<ReportChart> build(ReportContext ctx) {
        List<MetricRow> decided = ctx.series("exclusion_motions_decided");
        if (decided.stream().allMatch(r -> r.value() == null)) {
            return Optional.empty(); // no period has the figure: an empty chart says less than the headline's [x]
        }
        List<List<Long>> grid = new ArrayList<>();
        boolean[][] forced = new boolean[decided.size()][];
        for (MetricRow d : decided) {
            Optional<MetricRow> grantedRow = ctx.index().cell(d.periodType(), d.periodLabel(), MetricIndex.ALL,
                    MetricIndex.ALL, "exclusion_motions_granted");
            Long all = FigureCells.count(d);
            Long granted = grantedRow.map(FigureCells::count).orElse(null);
            forced[grid.size()] = new boolean[] {ctx.disclosure().numeratorWithheld(d),
                    grantedRow.map(ctx.disclosure()::numeratorWithheld).orElse(false), false};
            grid.add(Arrays.asList(all, granted, GridSuppression.complement(all, granted)));
        }
        boolean[][] withheld = GridSuppression.rowsOnly(
                grid, DECIDED_IS_GRANTED_PLUS_DENIED, ctx.rules().minCount(), forced);

        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < decided.size(); i++) {
            String label = decided.get(i).periodLabel();
            dataset.addValue(withheld[i][1] ? null : grid.get(i).get(1), GRANTED, label);
            dataset.addValue(withheld[i][2] ? null : grid.get(i).get(2), DENIED, label);
            List<Cell> row = new ArrayList<>(List.of(Cell.text(label)));
            for (int c = 0; c < 3; c++) {
                row.add(FigureCells.count(grid.get(i).get(c), withheld[i][c]));
            }
            rows.add(row);
        }
        String span = decided.get(0).periodLabel() + "–"
                + decided.get(decided.size() - 1).periodLabel();
        String title = "Exclusion motions decided, by decision, " + span;
        JFreeChart chart = CountBarChart.chart(
                title, "Period decided", "Motions decided (count)", dataset, Layout.STACKED_VERTICAL);
        ReportTable table = new ReportTable(
                ID,
                title + ": data of the chart",
                List.of(Column.text("Period"), Column.figure("Decided", Unit.COUNT),
                        Column.figure(GRANTED, Unit.COUNT), Column.figure(DENIED, Unit.COUNT)),
                rows);
        return Optional.of(new ReportChart(ID, chart, summary(decided, grid, withheld), table));
    }

    private static String summary(List<MetricRow> decided, List<List<Long>> grid, boolean[][] withheld) {
        int last = decided.size() - 1;
        String first = decided.get(0).periodLabel();
        String period = decided.get(last).periodLabel();
        Long all = withheld[last][0] ? null : grid.get(last).get(0);
        Long granted = withheld[last][1] ? null : grid.get(last).get(1);
        if (all == null || granted == null) {
            return "Bar chart: motions decided per period since " + first + "; figures for " + period
                    + " are suppressed or not available.";
        }
        return "Bar chart: in " + period + ", " + Figures.count(granted) + " of " + Figures.count(all)
                + " exclusion motions decided were granted in full or in part; the chart shows each period since "
                + first + ".";
    }
}
