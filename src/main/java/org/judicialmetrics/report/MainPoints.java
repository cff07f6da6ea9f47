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
        Messages m = ctx.messages();
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
                            change(ctx, c, m.period(now.previous()), m.period(now))));
                } else {
                    withinNoise.add(m.text("points.noise_period", "metric", ctx.label(metric),
                            "before", m.period(now.previous()), "now", m.period(now)));
                }
            });
        }
        eraChanges(ctx, meaningful, withinNoise);
        meaningful.stream()
                .sorted(Comparator.comparingDouble(Meaningful::size).reversed().thenComparing(Meaningful::text))
                .map(Meaningful::text)
                .forEach(points::add);
        if (!withinNoise.isEmpty()) {
            points.add(m.text("points.within_noise", "ci", ctx.ci(),
                    "changes", String.join(m.text("points.separator"), withinNoise)));
        }
        if (points.isEmpty()) {
            points.add(m.text("points.no_rate", "period", m.period(now)));
        }
        if (ctx.input().provisional()) {
            points.add(m.text("points.provisional", "period", m.period(now)));
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
        Messages m = ctx.messages();
        String interval = r.ciLow() == null ? "" : m.text("points.acquittals_interval", "ci", ctx.ci(),
                "interval", Figures.percentInterval(r.ciLow(), r.ciHigh()));
        return Optional.of(m.text("points.acquittals", "period", m.period(now),
                "adjudicated", Figures.count(r.denominator()), "acquitted", Figures.count(r.numerator()),
                "rate", Figures.percent(r.value()), "interval", interval));
    }

    private static String change(ReportContext ctx, PeriodChange c, String before, String now) {
        return ctx.messages().text(c.difference() > 0 ? "points.rose" : "points.fell",
                "metric", ctx.label(c.metricId()), "from", Figures.percent(c.earlier().value()), "before", before,
                "to", Figures.percent(c.later().value()), "now", now, "difference", Figures.points(c.difference()),
                "ci", ctx.ci(), "interval", Figures.pointsInterval(c.interval()));
    }

    private static Optional<String> exclusions(ReportContext ctx, Period now) {
        Optional<String> filed = count(ctx, now, "exclusion_motions_filed");
        Optional<String> granted = count(ctx, now, "exclusion_motions_granted");
        if (filed.isEmpty() || granted.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ctx.messages().text("points.exclusions", "period", ctx.messages().period(now),
                "filed", filed.get(), "granted", granted.get()));
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
        return Optional.of(ctx.messages().text("points.overturned", "overturned", overturned.get(),
                "period", ctx.messages().period(now), "since", Figures.count(sinceBaseline),
                "baseline", Integer.toString(ctx.input().spec().baseline().getYear())));
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
                meaningful.add(new Meaningful(Math.abs(r.value()), ctx.messages().text(
                        r.value() > 0 ? "points.era_rose" : "points.era_fell", "metric", ctx.label(r.metricId()),
                        "eras", r.breakdownValue(), "difference", Figures.points(r.value()), "ci", ctx.ci(),
                        "interval", Figures.pointsInterval(interval))));
            } else {
                withinNoise.add(ctx.messages().text("points.noise_era", "metric", ctx.label(r.metricId()),
                        "eras", r.breakdownValue()));
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
