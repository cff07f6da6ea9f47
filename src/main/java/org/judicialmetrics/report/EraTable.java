package org.judicialmetrics.report;
import org.judicialmetrics.metrics.stats.Interval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.period.Era;
import org.judicialmetrics.report.MetricGlossary.Kind;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.Unit;
import org.judicialmetrics.report.table.Column;
import org.judicialmetrics.report.table.ReportTable;

/**
 * Rates in consecutive eras and their difference with its Newcombe interval, from the engine's {@code era_change}
 * rows ({@code "later vs earlier"}); a difference is beyond noise when its interval excludes zero.
 */
public final class EraTable {

    private static final String ERA = "era";

    private EraTable() {
    }

    /** One sentence per era of the job spec: its id as used in the table, its dates and its name. */
    public static List<String> eraNotes(ReportContext ctx) {
        if (ctx.index().eraChanges().isEmpty()) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        Messages m = ctx.messages();
        for (Era era : ctx.input().spec().eras()) {
            String from = era.start() == null ? m.text("eras.from_start") : m.text("eras.from", "date",
                    era.start().toString());
            String to = era.end() == null ? m.text("eras.to_end") : m.text("eras.to", "date", era.end().toString());
            notes.add(m.text("eras.note", "id", era.id(), "label",
                    era.label() == null ? era.id() : ctx.labels().text(era.label()), "from", from, "to", to));
        }
        return notes;
    }

    public static Optional<ReportTable> build(ReportContext ctx) {
        List<List<Cell>> rows = new ArrayList<>();
        for (MetricRow change : ctx.index().eraChanges()) {
            if (ctx.kind(change.metricId()) != Kind.RATE || !ctx.shows(change.metricId())) {
                continue;
            }
            Cell earlier = ctx.cells().figure(era(ctx, change, 1), Kind.RATE);
            Cell later = ctx.cells().figure(era(ctx, change, 0), Kind.RATE);
            boolean withheld = withheld(ctx, change);
            rows.add(List.of(
                    Cell.text(ctx.label(change.metricId())),
                    Cell.text(change.breakdownValue()),
                    earlier,
                    later,
                    withheld ? Cell.symbol('c') : difference(change),
                    withheld ? Cell.symbol('c') : interval(change),
                    withheld ? Cell.symbol('c') : significance(change, ctx.messages())));
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportTable(
                "era-comparison",
                ctx.messages().text("eras.caption"),
                List.of(
                        Column.text(ctx.messages().text("table.metric")),
                        Column.text(ctx.messages().text("eras.comparison")),
                        Column.figure(ctx.messages().text("eras.earlier"), Unit.PERCENT),
                        Column.figure(ctx.messages().text("eras.later"), Unit.PERCENT),
                        Column.figure(ctx.messages().text("eras.difference"), Unit.POINTS),
                        Column.interval(ctx.messages().text("eras.ci", "ci", ctx.ci()), Unit.POINTS),
                        Column.flaggedText(ctx.messages().text("table.beyond_noise"))),
                rows));
    }

    /**
     * Whether an era comparison is withheld: when the table's decision withholds it or the report withholds either
     * era's rate, since the difference and one published rate give the other.
     */
    public static boolean withheld(ReportContext ctx, MetricRow change) {
        return ctx.disclosure().withheld(change)
                || ctx.cells().figure(era(ctx, change, 0), Kind.RATE).withheld()
                || ctx.cells().figure(era(ctx, change, 1), Kind.RATE).withheld();
    }

    /** One of the two eras a comparison names: 0 the later, 1 the earlier. */
    private static Optional<MetricRow> era(ReportContext ctx, MetricRow change, int which) {
        List<String> eras = org.judicialmetrics.metrics.Breakdown.erasCompared(change.breakdownValue());
        return eras.isEmpty() ? Optional.empty()
                : ctx.index().cell(ERA, eras.get(which), MetricIndex.ALL, MetricIndex.ALL, change.metricId());
    }

    private static Cell difference(MetricRow r) {
        return r.value() == null
                ? Cell.symbol('x')
                : Cell.points(r.value());
    }

    private static Cell interval(MetricRow r) {
        if (r.ciLow() == null || r.ciHigh() == null) {
            return Cell.symbol('x');
        }
        return Cell.interval(r.ciLow(), r.ciHigh(), Unit.POINTS);
    }

    private static Cell significance(MetricRow r, Messages m) {
        if (r.ciLow() == null || r.ciHigh() == null) {
            return Cell.symbol('x');
        }
        return Cell.text(new Interval(r.value(), r.ciLow(), r.ciHigh()).excludesZero() ? m.text("table.yes") : m.text("table.no"));
    }
}
