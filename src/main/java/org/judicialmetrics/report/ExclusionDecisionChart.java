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

        Messages m = ctx.messages();
        String granted = m.text("decisions.granted");
        String denied = m.text("decisions.denied");
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < decided.size(); i++) {
            String label = decided.get(i).periodLabel();
            dataset.addValue(withheld[i][1] ? null : grid.get(i).get(1), granted, label);
            dataset.addValue(withheld[i][2] ? null : grid.get(i).get(2), denied, label);
            List<Cell> row = new ArrayList<>(List.of(Cell.text(label)));
            for (int c = 0; c < 3; c++) {
                row.add(FigureCells.count(grid.get(i).get(c), withheld[i][c]));
            }
            rows.add(row);
        }
        String span = decided.get(0).periodLabel() + "–"
                + decided.get(decided.size() - 1).periodLabel();
        String title = m.text("decisions.caption", "span", span);
        JFreeChart chart = CountBarChart.chart(
                title, m.text("decisions.axis_period"), m.text("decisions.axis"), dataset, Layout.STACKED_VERTICAL,
                m.text("chart.withheld"));
        ReportTable table = new ReportTable(
                ID,
                m.text("chart.data", "chart", title),
                List.of(Column.text(m.text("table.period")), Column.figure(m.text("decisions.decided"), Unit.COUNT),
                        Column.figure(granted, Unit.COUNT), Column.figure(denied, Unit.COUNT)),
                rows);
        return Optional.of(new ReportChart(ID, chart, summary(m, decided, grid, withheld), table));
    }

    private static String summary(Messages m, List<MetricRow> decided, List<List<Long>> grid, boolean[][] withheld) {
        int last = decided.size() - 1;
        String first = decided.get(0).periodLabel();
        String period = decided.get(last).periodLabel();
        Long all = withheld[last][0] ? null : grid.get(last).get(0);
        Long granted = withheld[last][1] ? null : grid.get(last).get(1);
        if (all == null || granted == null) {
            return m.text("decisions.alt_none", "first", first, "period", period);
        }
        return m.text("decisions.alt", "period", period, "granted", Figures.count(granted), "all", Figures.count(all),
                "first", first);
    }
}
