package org.judicialmetrics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.judicialmetrics.metrics.MetricDefinition;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.report.MetricGlossary.Kind;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Unit;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.FigureCells;
import org.judicialmetrics.report.table.ReportTable;

/** The metrics the configuration shows in the headline ({@code show: headline}) for this period, the previous one and the same period a year earlier, with the change and its CI. */
public final class HeadlineTable {

    private HeadlineTable() {
    }

    public static ReportTable build(ReportContext ctx) {
        Period now = ctx.period();
        Period previous = now.previous();
        Optional<Period> yearEarlier = ctx.yearEarlierIfDistinct();
        Messages m = ctx.messages();
        List<Column> columns = new ArrayList<>(List.of(
                Column.text(m.text("table.metric")),
                Column.text(m.text("table.unit")),
                Column.mixedFigure(now.label()),
                Column.mixedFigure(previous.label())));
        yearEarlier.ifPresent(p -> columns.add(Column.mixedFigure(p.label())));
        columns.add(Column.mixedFigure(m.text("headline.change", "period", previous.label())));
        columns.add(Column.interval(m.text("headline.change_ci", "ci", ctx.ci()), Unit.POINTS).byRow());
        columns.add(Column.flaggedText(m.text("table.beyond_noise")));

        FigureCells cells = ctx.cells();
        List<List<Cell>> rows = new ArrayList<>();
        for (String metric : ctx.metrics().shownIn(MetricDefinition.HEADLINE).stream().filter(ctx::shows).toList()) {
            Optional<MetricRow> current = ctx.total(now, metric);
            Optional<MetricRow> before = ctx.total(previous, metric);
            if (current.isEmpty() && before.isEmpty()) {
                continue;
            }
            Kind kind = ctx.kind(metric);
            List<Cell> row = new ArrayList<>(List.of(
                    Cell.text(ctx.label(metric)),
                    Cell.text(unit(ctx, metric, kind)),
                    figure(ctx, metric, now, kind),
                    figure(ctx, metric, previous, kind)));
            yearEarlier.ifPresent(p -> row.add(figure(ctx, metric, p, kind)));
            row.addAll(kind == Kind.RATE ? rateChange(ctx, current, before)
                    : kind == Kind.RATIO ? ratioChange(ctx, current, before) : countChange(ctx, current, before, kind));
            rows.add(row);
        }
        return new ReportTable(
                "headline", m.text("headline.caption", "period", m.period(now)), columns, rows);
    }

    /**
     * A metric's cell for a period. A count that is the numerator of a rate whose denominator the table also shows
     * (motions granted beside motions decided) is withheld when their difference is a small count, which the two
     * cells would otherwise publish.
     */
    private static Cell figure(ReportContext ctx, String metric, Period period, Kind kind) {
        Optional<MetricRow> row = ctx.total(period, metric);
        return kind == Kind.COUNT && row.isPresent() && withheldAsNumerator(ctx, row.get())
                ? ctx.cells().count(row, true) : ctx.cells().figure(row, kind);
    }

    private static boolean withheldAsNumerator(ReportContext ctx, MetricRow r) {
        String denominator = ctx.metrics().numeratorCounts().get(r.metricId());
        if (denominator == null || !ctx.metrics().shownIn(MetricDefinition.HEADLINE).contains(denominator)) {
            return false;
        }
        Long whole = ctx.index().cell(r.periodType(), r.periodLabel(), MetricIndex.ALL, MetricIndex.ALL, denominator)
                .map(FigureCells::count).orElse(null);
        return ctx.rules().withheldRate(FigureCells.count(r), whole);
    }

    /** The glossary's unit; rates are shown in %, their changes in percentage points. */
    private static String unit(ReportContext ctx, String metric, Kind kind) {
        return kind == Kind.RATE || kind == Kind.RATIO
                ? "%"
                : ctx.input()
                        .glossary()
                        .term(metric)
                        .map(MetricGlossary.MetricTerm::unit)
                        .map(ctx.labels()::text)
                        .orElseGet(() -> ctx.messages().text("unit.count"));
    }

    private static List<Cell> rateChange(ReportContext ctx, Optional<MetricRow> current, Optional<MetricRow> before) {
        return PeriodChange.of(ctx, current, before)
                .map(c -> List.of(
                        Cell.points(c.difference()),
                        Cell.interval(c.interval().low(), c.interval().high(), Unit.POINTS),
                        Cell.text(ctx.messages().text(c.real() ? "table.yes" : "table.no"))))
                .orElse(List.of(Cell.symbol('x'), Cell.symbol('x'), Cell.symbol('x')));
    }

    /**
     * A ratio's change in points, with no interval and no verdict: a ratio is not a proportion, so no test of a
     * difference of proportions holds for it.
     */
    private static List<Cell> ratioChange(ReportContext ctx, Optional<MetricRow> current, Optional<MetricRow> before) {
        boolean shown = current.isPresent() && before.isPresent() && current.get().value() != null
                && before.get().value() != null
                && ctx.cells().figure(current, Kind.RATIO).numeric() && ctx.cells().figure(before, Kind.RATIO).numeric();
        if (!shown) {
            return List.of(Cell.symbol('x'), Cell.symbol('z'), Cell.symbol('z'));
        }
        double d = current.get().value() - before.get().value();
        return List.of(Cell.points(d), Cell.symbol('z'), Cell.symbol('z'));
    }

    private static List<Cell> countChange(
            ReportContext ctx, Optional<MetricRow> current, Optional<MetricRow> before, Kind kind) {
        if (kind != Kind.COUNT
                || current.isEmpty()
                || before.isEmpty()
                || FigureCells.count(current.get()) == null
                || FigureCells.count(before.get()) == null) {
            return List.of(Cell.symbol('x'), Cell.symbol('z'), Cell.symbol('z'));
        }
        long a = FigureCells.count(current.get());
        long b = FigureCells.count(before.get());
        if (ctx.rules().withheld(a) || ctx.rules().withheld(b) || withheldAsNumerator(ctx, current.get())
                || withheldAsNumerator(ctx, before.get()) || ctx.disclosure().numeratorWithheld(current.get())
                || ctx.disclosure().numeratorWithheld(before.get())) {
            return List.of(Cell.symbol('c'), Cell.symbol('z'), Cell.symbol('z'));
        }
        long d = a - b;
        return List.of(
                Cell.countChange(d),
                Cell.symbol('z'),
                Cell.symbol('z'));
    }
}
