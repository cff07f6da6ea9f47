package org.judicialmetrics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.data.category.DefaultCategoryDataset;
import org.judicialmetrics.counts.CountTable;
import org.judicialmetrics.counts.PublishedFigure;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.period.PeriodType;
import org.judicialmetrics.report.chart.CountBarChart;
import org.judicialmetrics.report.chart.ReportChart;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Unit;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.FigureCells;
import org.judicialmetrics.report.table.ReportTable;
import org.judicialmetrics.spec.PublishedFigures;

/**
 * This data's yearly national totals beside the officially published figures for the same years (our count,
 * published count, difference, source), so a statistics office sees where its microdata and the official series
 * disagree. The profile names the metrics and the published measures that count the same thing. Only for yearly jobs
 * given a count table of published figures, and only for the years this data covers (it has adjudicated defendants):
 * a year before the data starts is no disagreement.
 */
public final class Reconciliation {

    private Reconciliation() {
    }

    /** The section, or empty when the job has no published figures, its profile reconciles none, or it is not yearly. */
    public static Optional<ReportSection> build(ReportContext ctx, CountTable published) {
        if (published == null || ctx.period().type() != PeriodType.YEAR) {
            return Optional.empty();
        }
        PublishedFigures configured = ctx.input().spec().model().profile().published();
        if (configured.reconciliation().isEmpty()) {
            return Optional.empty();
        }
        Messages words = ctx.messages();
        java.util.Set<Integer> covered = new java.util.HashSet<>();
        ctx.index().series(ctx.period(), "defendants_adjudicated").stream()
                .filter(r -> r.value() != null && r.value() > 0)
                .forEach(r -> covered.add(r.periodStart().getYear()));
        List<List<Cell>> rows = new ArrayList<>();
        java.util.SortedMap<Integer, java.util.Map<String, Double>> shares = new java.util.TreeMap<>();
        for (PublishedFigures.Reconciled pair : configured.reconciliation()) {
            for (MetricRow ours : ctx.index().series(ctx.period(), pair.metric())) {
                int year = ours.periodStart().getYear();
                Optional<PublishedFigure> figure = pair.measures().stream()
                        .map(m -> published.year(m, year)).flatMap(Optional::stream).findFirst();
                if (figure.isEmpty() || ours.value() == null || !covered.contains(year)) {
                    continue;
                }
                long our = Math.round(ours.value());
                long theirs = figure.get().count();
                boolean withheld = ctx.rules().withheld(our) || ctx.disclosure().numeratorWithheld(ours);
                rows.add(List.of(Cell.text(Integer.toString(year)), Cell.text(ctx.labels().text(pair.label())),
                        FigureCells.count(our, withheld), FigureCells.count(theirs, false),
                        withheld ? Cell.symbol('c') : signed(our - theirs),
                        withheld || theirs == 0 ? Cell.symbol(withheld ? 'c' : 'z') : share(our, theirs),
                        Cell.text(words.text("reconciliation.cited", "source", figure.get().source(), "measure",
                                figure.get().measure(), "grade", figure.get().reliability()))));
                if (!withheld && theirs > 0) {
                    shares.computeIfAbsent(year, y -> new java.util.LinkedHashMap<>())
                            .put(ctx.labels().text(pair.label()), 100.0 * our / theirs);
                }
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        DefaultCategoryDataset coverage = new DefaultCategoryDataset();
        List<String> measures = configured.reconciliation().stream().map(r -> ctx.labels().text(r.label()))
                .filter(l -> shares.values().stream().anyMatch(m -> m.containsKey(l))).toList();
        shares.forEach((year, byLabel) -> measures.forEach(
                label -> coverage.addValue(byLabel.get(label), label, Integer.toString(year))));
        ReportTable table = new ReportTable("reconciliation", words.text("reconciliation.caption", "start",
                Integer.toString(ctx.input().spec().baseline().getYear()), "end", ctx.period().label()),
                List.of(Column.text(words.text("reconciliation.year")),
                        Column.text(words.text("reconciliation.measure")),
                        Column.figure(words.text("reconciliation.ours"), Unit.COUNT),
                        Column.figure(words.text("reconciliation.published"), Unit.COUNT),
                        Column.figure(words.text("reconciliation.difference"), Unit.COUNT),
                        Column.figure(words.text("reconciliation.share"), Unit.PERCENT),
                        Column.text(words.text("reconciliation.source"))),
                rows);
        List<ReportChart> charts = new ArrayList<>();
        if (coverage.getRowCount() > 0) {
            charts.add(new ReportChart("reconciliation-coverage",
                    CountBarChart.chart(words.text("reconciliation.chart"),
                            words.text("reconciliation.year"), words.text("reconciliation.axis"), coverage,
                            CountBarChart.Layout.GROUPED_HORIZONTAL, words.text("chart.withheld")),
                    summary(words, coverage), table));
        }
        List<String> notes = List.of(ctx.labels().text(configured.reconciliationNote()));
        return Optional.of(new ReportSection("reconciliation", words.text("reconciliation.heading"), notes,
                charts, charts.isEmpty() ? List.of(table) : List.of()));
    }

    private static Cell signed(long difference) {
        return Cell.countChange(difference);
    }

    private static Cell share(long ours, long theirs) {
        double share = (double) ours / theirs;
        return Cell.percent(share, "");
    }

    private static String summary(Messages words, DefaultCategoryDataset coverage) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int r = 0; r < coverage.getRowCount(); r++) {
            for (int c = 0; c < coverage.getColumnCount(); c++) {
                Number v = coverage.getValue(r, c);
                if (v != null) {
                    min = Math.min(min, v.doubleValue());
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        return words.text("reconciliation.alt", "min", String.format(Locale.ROOT, "%.1f%%", min),
                "max", String.format(Locale.ROOT, "%.1f%%", max));
    }
}
