package org.judicialmetrics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.judicialmetrics.metrics.Breakdown;
import org.judicialmetrics.metrics.MetricDefinition;
import org.judicialmetrics.metrics.MetricKind;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.report.MetricGlossary.Kind;
import org.judicialmetrics.report.disclosure.GridSuppression;
import org.judicialmetrics.report.disclosure.SumConstraint;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Unit;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.FigureCells;
import org.judicialmetrics.report.table.ReportTable;

/**
 * The period's figures of {@code defendant_outcomes} by each breakdown the job declares for it, with the total last:
 * a column for each metric the configuration shows in breakdowns ({@code show: breakdowns}; for {@code cn} adjudicated
 * defendants, acquittals and the acquittal rate), a rate with its interval. Counts are suppressed so that no withheld
 * cell can be recovered from the total, nor from the unprinted difference between a count and the count of its rate's
 * denominator (defendants not acquitted); a rate is withheld whenever the counts it is made of are.
 */
public final class BreakdownTables {

    private BreakdownTables() {
    }

    public static List<ReportTable> build(ReportContext ctx) {
        List<MetricDefinition> shown = ctx.metrics().of(Dataset.DEFENDANT_OUTCOMES).stream()
                .filter(m -> m.shownIn(MetricDefinition.BREAKDOWNS)).toList();
        List<ReportTable> tables = new ArrayList<>();
        if (shown.isEmpty()) {
            return tables;
        }
        for (Breakdown breakdown : ctx.input().spec().model().breakdowns(Dataset.DEFENDANT_OUTCOMES)) {
            if (breakdown.total() || breakdown.chart()) {
                continue;
            }
            List<MetricRow> rows = ctx.index().breakdown(ctx.period(), breakdown.id(), shown.get(0).id());
            if (!rows.isEmpty()) {
                tables.add(table(ctx, breakdown, shown,
                        Labels.ordered(breakdown, rows.stream().map(MetricRow::breakdownValue).toList())));
            }
        }
        return tables;
    }

    private static ReportTable table(ReportContext ctx, Breakdown b, List<MetricDefinition> shown,
            List<String> values) {
        Period p = ctx.period();
        List<List<Optional<MetricRow>>> cells = new ArrayList<>();
        for (int i = 0; i <= values.size(); i++) {
            String value = i < values.size() ? values.get(i) : null;
            cells.add(shown.stream().map(m -> value == null ? ctx.total(p, m.id())
                    : ctx.index().cell(p.type().label(), p.label(), b.id(), value, m.id())).toList());
        }
        List<Integer> counts = new ArrayList<>();
        for (int m = 0; m < shown.size(); m++) {
            if (shown.get(m).kind() == MetricKind.COUNT) {
                counts.add(m);
            }
        }
        boolean[][] withheld = suppress(ctx, shown, counts, cells);

        FigureCells figures = ctx.cells();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i <= values.size(); i++) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(i < values.size() ? ctx.labels().code(values.get(i))
                    : ctx.messages().text("all"))));
            for (int m = 0; m < shown.size(); m++) {
                MetricDefinition metric = shown.get(m);
                Optional<MetricRow> r = cells.get(i).get(m);
                Kind kind = ctx.kind(metric.id());
                if (metric.kind() == MetricKind.COUNT) {
                    row.add(figures.count(r, withheld[i][counts.indexOf(m)]));
                } else if (kind == Kind.RATE) {
                    Optional<Boolean> byCounts = madeOf(ctx, metric, shown, counts, withheld[i]);
                    boolean w = byCounts.orElseGet(() -> r.isPresent()
                            && ctx.rules().withheldRate(r.get().numerator(), r.get().denominator()));
                    row.add(figures.rate(r, w));
                    row.add(figures.interval(r, w));
                } else {
                    row.add(figures.figure(r, kind));
                }
            }
            rows.add(row);
        }
        String heading = ctx.labels().of(b);
        return new ReportTable("breakdown-" + b.id(),
                ctx.messages().text("breakdown.caption", "dataset", ctx.labels().code(Dataset.DEFENDANT_OUTCOMES.id()),
                        "breakdown", heading.toLowerCase(Locale.ROOT), "period", ctx.messages().period(p)),
                columns(ctx, heading, shown), rows);
    }

    private static List<Column> columns(ReportContext ctx, String heading, List<MetricDefinition> shown) {
        List<Column> columns = new ArrayList<>(List.of(Column.text(heading)));
        for (MetricDefinition m : shown) {
            Kind kind = m.kind() == MetricKind.COUNT ? Kind.COUNT : ctx.kind(m.id());
            columns.add(Column.figure(ctx.label(m.id()), FigureCells.unit(kind)));
            if (kind == Kind.RATE) {
                columns.add(Column.interval(ctx.ci(), Unit.PERCENT));
            }
        }
        return columns;
    }

    /**
     * Whether a rate is withheld because a count it is made of (its numerator's or denominator's count metric, when
     * the table shows them) is; empty when the table shows neither, so the rate's own counts decide.
     */
    private static Optional<Boolean> madeOf(ReportContext ctx, MetricDefinition rate, List<MetricDefinition> shown,
            List<Integer> counts, boolean[] withheld) {
        Optional<Integer> numerator = countOf(shown, counts, rate.numerator().name());
        Optional<Integer> denominator = countOf(shown, counts, rate.denominator().name());
        if (numerator.isEmpty() || denominator.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(withheld[numerator.get()] || withheld[denominator.get()]);
    }

    /** The grid column of the shown count metric of a measure. */
    private static Optional<Integer> countOf(List<MetricDefinition> shown, List<Integer> counts, String measure) {
        for (int c = 0; c < counts.size(); c++) {
            if (shown.get(counts.get(c)).numerator().name().equals(measure)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Withheld flags per row and shown count: the columns add up to the total row, and for a count published beside
     * the count of its rate's denominator ({@code acquittals} beside {@code defendants_adjudicated}) their unprinted
     * difference takes part, so it cannot reveal a small count.
     */
    private static boolean[][] suppress(ReportContext ctx, List<MetricDefinition> shown, List<Integer> counts,
            List<List<Optional<MetricRow>>> cells) {
        Map<String, String> numeratorOf = ctx.metrics().numeratorCounts();
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < counts.size(); a++) {
            String whole = numeratorOf.get(shown.get(counts.get(a)).id());
            for (int w = 0; w < counts.size(); w++) {
                if (shown.get(counts.get(w)).id().equals(whole)) {
                    pairs.add(new int[] {w, a});
                }
            }
        }
        List<List<Long>> grid = new ArrayList<>();
        for (List<Optional<MetricRow>> row : cells) {
            List<Long> line = new ArrayList<>();
            counts.forEach(m -> line.add(row.get(m).map(FigureCells::count).orElse(null)));
            pairs.forEach(pair -> line.add(GridSuppression.complement(line.get(pair[0]), line.get(pair[1]))));
            grid.add(line);
        }
        List<SumConstraint> constraints = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            constraints.add(new SumConstraint(pairs.get(k)[0], List.of(pairs.get(k)[1], counts.size() + k)));
        }
        boolean[][] byTable = ctx.withheldCounts(cells);
        boolean[][] forced = new boolean[cells.size()][counts.size()];
        for (int i = 0; i < cells.size(); i++) {
            for (int c = 0; c < counts.size(); c++) {
                forced[i][c] = byTable[i][counts.get(c)];
            }
        }
        return GridSuppression.withTotalRow(grid, constraints, ctx.rules().minCount(), forced);
    }
}
