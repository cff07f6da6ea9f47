package org.judicialmetrics.report;
import org.judicialmetrics.metrics.stats.Interval;

import java.util.ArrayList;
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
 * The report's main points, written from the figures: levels of this period, and a change from the previous period or
 * between eras called a rise or fall only when its interval excludes zero; otherwise it is said to be within noise.
 */
public final class MainPoints {

    private MainPoints() {
    }

    public static List<String> write(ReportContext ctx) {
        Period now = ctx.period();
        List<String> points = new ArrayList<>();
        acquittals(ctx, now).ifPresent(points::add);
        for (String metric : ctx.metrics().shownIn(MetricDefinition.MAIN_POINTS).stream().filter(ctx::shows).toList()) {
            PeriodChange.of(ctx, ctx.total(now, metric), ctx.total(now.previous(), metric))
                    .map(c -> change(ctx, c, now.previous().label(), now.label()))
                    .ifPresent(points::add);
        }
        exclusions(ctx, now).ifPresent(points::add);
        overturned(ctx, now).ifPresent(points::add);
        points.addAll(eraChanges(ctx));
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
        String label = ctx.label(c.metricId());
        String diff = Figures.points(c.difference()) + ", " + ctx.ci() + " " + Figures.pointsInterval(c.interval());
        String from = Figures.percent(c.earlier().value());
        String to = Figures.percent(c.later().value());
        if (c.real()) {
            return label + " " + (c.difference() > 0 ? "rose" : "fell") + " from " + from + " in " + before + " to "
                    + to + " in " + now + " (" + diff + ").";
        }
        return label + " was " + to + " in " + now + " against " + from + " in " + before
                + ": the change is within noise (" + diff + ", which includes zero).";
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

    private static List<String> eraChanges(ReportContext ctx) {
        List<String> out = new ArrayList<>();
        boolean anyRate = false;
        for (MetricRow r : ctx.index().eraChanges()) {
            if (r.value() == null || r.ciLow() == null || r.ciHigh() == null || ctx.kind(r.metricId()) != Kind.RATE
                    || EraTable.withheld(ctx, r)) {
                continue;
            }
            anyRate = true;
            Interval interval = new Interval(r.value(), r.ciLow(), r.ciHigh());
            if (interval.excludesZero()) {
                out.add(ctx.label(r.metricId()) + " " + (r.value() > 0 ? "rose" : "fell") + " between eras ("
                        + r.breakdownValue() + "): " + Figures.points(r.value()) + ", " + ctx.ci() + " "
                        + Figures.pointsInterval(interval) + ".");
            }
        }
        if (anyRate && out.isEmpty()) {
            out.add("No change between eras is beyond noise.");
        }
        return out;
    }

    private static Optional<String> count(ReportContext ctx, Period now, String metric) {
        return ctx.total(now, metric)
                .map(r -> ctx.cells().figure(Optional.of(r), Kind.COUNT))
                .filter(c -> c.numeric())
                .map(Cell::text);
    }
}
