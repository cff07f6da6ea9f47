package org.judicialmetrics.report;
import org.judicialmetrics.metrics.stats.Interval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.judicialmetrics.metrics.MetricDefinition;
import java.util.Objects;
import java.util.Optional;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.report.MetricGlossary.Kind;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.FigureCells;

/**
 * The report's main points, written from the figures in the order a reader needs them: first the period's headline
 * figures, then the changes that are statistically meaningful (from the previous period or between eras, their
 * interval excluding zero), largest first, then the changes within noise named together in one line.
 */
public final class MainPoints {

    private MainPoints() {
    }

    /** A meaningful change as written, with its size in percentage points for the ordering. */
    private record Meaningful(double size, String text) {
    }

    public static List<String> write(ReportContext ctx) {
        Period now = ctx.period();
        List<String> points = new ArrayList<>();
        acquittals(ctx, now).ifPresent(points::add);
        exclusions(ctx, now).ifPresent(points::add);
        overturned(ctx, now).ifPresent(points::add);
        List<Meaningful> meaningful = new ArrayList<>();
        List<String> withinNoise = new ArrayList<>();
        for (String metric : ctx.metrics().shownIn(MetricDefinition.MAIN_POINTS).stream().filter(ctx::shows).toList()) {
            PeriodChange.of(ctx, ctx.total(now, metric), ctx.total(now.previous(), metric)).ifPresent(c -> {
                if (c.real()) {
                    meaningful.add(new Meaningful(Math.abs(c.difference()),
                            change(ctx, c, now.previous().label(), now.label())));
                } else {
                    withinNoise.add(ctx.label(metric) + " (" + now.previous().label() + " to " + now.label() + ")");
                }
            });
        }
        eraChanges(ctx, meaningful, withinNoise);
        meaningful.stream()
                .sorted(Comparator.comparingDouble(Meaningful::size).reversed().thenComparing(Meaningful::text))
                .map(Meaningful::text)
                .forEach(points::add);
        if (!withinNoise.isEmpty()) {
            points.add("Within noise (the " + ctx.ci() + " of the change includes zero): "
                    + String.join("; ", withinNoise) + ".");
        }
        if (points.isEmpty()) {
            points.add("The inputs give no rate for " + now.label() + ": its figures are not available [x]. The"
                    + " trends below show the periods that have them.");
        }
        if (ctx.input().provisional()) {
            points.add("Figures for " + now.label() + " are provisional and may be revised.");
        }
        return points;
    }

    private static Optional<String> acquittals(ReportContext ctx, Period now) {
        Optional<MetricRow> rate = ctx.total(now, "acquittal_rate");
        if (rate.isEmpty()
                || rate.get().value() == null
                || ctx.rules().withheldRate(rate.get().numerator(), rate.get().denominator())
                || ctx.disclosure().withheld(rate.get())) {
            return Optional.empty();
        }
        MetricRow r = rate.get();
        String interval =
                r.ciLow() == null ? "" : " (" + ctx.ci() + " " + Figures.percentInterval(r.ciLow(), r.ciHigh()) + ")";
        return Optional.of("In " + now.label() + ", courts adjudicated " + Figures.count(r.denominator())
                + " defendants and acquitted " + Figures.count(r.numerator()) + ": an acquittal rate of "
                + Figures.percent(r.value()) + interval + ".");
    }

    private static String change(ReportContext ctx, PeriodChange c, String before, String now) {
        String diff = Figures.points(c.difference()) + ", " + ctx.ci() + " " + Figures.pointsInterval(c.interval());
        return ctx.label(c.metricId()) + " " + (c.difference() > 0 ? "rose" : "fell") + " from "
                + Figures.percent(c.earlier().value()) + " in " + before + " to " + Figures.percent(c.later().value())
                + " in " + now + " (" + diff + ").";
    }

    private static Optional<String> exclusions(ReportContext ctx, Period now) {
        Optional<String> filed = count(ctx, now, "exclusion_motions_filed");
        Optional<String> granted = count(ctx, now, "exclusion_motions_granted");
        if (filed.isEmpty() || granted.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("In " + now.label() + ", " + filed.get()
                + " motions to exclude illegally obtained evidence were filed, and " + granted.get()
                + " motions decided in the period were granted in full or in part.");
    }

    private static Optional<String> overturned(ReportContext ctx, Period now) {
        Optional<String> overturned = count(ctx, now, "convictions_overturned");
        if (overturned.isEmpty()) {
            return Optional.empty();
        }
        long sinceBaseline = ctx.series("convictions_overturned").stream()
                .map(FigureCells::count)
                .filter(Objects::nonNull)
                .mapToLong(Long::longValue)
                .sum();
        return Optional.of("Reviews overturned " + overturned.get() + " final convictions in " + now.label() + ", and "
                + Figures.count(sinceBaseline) + " since "
                + ctx.input().spec().baseline().getYear() + ".");
    }

    /** The era comparisons of rates that the report publishes, sorted into meaningful and within noise. */
    private static void eraChanges(ReportContext ctx, List<Meaningful> meaningful, List<String> withinNoise) {
        for (MetricRow r : ctx.index().eraChanges()) {
            if (r.value() == null || r.ciLow() == null || r.ciHigh() == null || ctx.kind(r.metricId()) != Kind.RATE
                    || EraTable.withheld(ctx, r)) {
                continue;
            }
            Interval interval = new Interval(r.value(), r.ciLow(), r.ciHigh());
            if (interval.excludesZero()) {
                meaningful.add(new Meaningful(Math.abs(r.value()), ctx.label(r.metricId()) + " "
                        + (r.value() > 0 ? "rose" : "fell") + " between eras (" + r.breakdownValue() + "): "
                        + Figures.points(r.value()) + ", " + ctx.ci() + " " + Figures.pointsInterval(interval) + "."));
            } else {
                withinNoise.add(ctx.label(r.metricId()) + " between eras (" + r.breakdownValue() + ")");
            }
        }
    }

    private static Optional<String> count(ReportContext ctx, Period now, String metric) {
        return ctx.total(now, metric)
                .map(r -> ctx.cells().figure(Optional.of(r), Kind.COUNT))
                .filter(c -> c.numeric())
                .map(Cell::text);
    }
}
