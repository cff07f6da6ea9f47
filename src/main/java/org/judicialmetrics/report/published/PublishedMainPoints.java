package org.judicialmetrics.report.published;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.judicialmetrics.counts.CountTable;
import org.judicialmetrics.counts.PublishedFigure;
import org.judicialmetrics.counts.SeriesPoint;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.metrics.stats.Confidence;
import org.judicialmetrics.metrics.stats.Interval;
import org.judicialmetrics.metrics.stats.Newcombe;
import org.judicialmetrics.report.Figures;
import org.judicialmetrics.spec.PublishedFigures;
import org.judicialmetrics.spec.PublishedFigures.Denominator;

/**
 * The main points of the published-figures report, each written from the figures (never hard-coded), and a change
 * called meaningful only when its Newcombe interval excludes zero: one on each denominator the profile asks it of,
 * the latest acquittals, withdrawals beside them, the latest cumulative totals and the years without a count.
 */
final class PublishedMainPoints {

    private PublishedMainPoints() {
    }

    static List<String> write(PublishedSeries s, CountTable table, PublishedFigures published, Confidence confidence) {
        List<String> points = new ArrayList<>();
        s.rates().forEach((d, series) -> denominator(d, series, confidence).ifPresent(points::add));
        latestAcquittals(s.acquittals()).ifPresent(points::add);
        Optional.ofNullable(published.acquittals().withdrawals())
                .flatMap(w -> withdrawals(s.acquittals(), table, w)).ifPresent(points::add);
        published.report().sections().stream().filter(c -> c.cumulative() != null)
                .forEach(c -> CumulativeTotals.mainPoint(table, c.cumulative()).ifPresent(points::add));
        gaps(s.acquittals()).ifPresent(points::add);
        return points;
    }

    /** The main point the profile asks for on a denominator's series, if any. */
    private static Optional<String> denominator(Denominator d, List<SeriesPoint> series, Confidence confidence) {
        if (d.mainPoint() == null) {
            return Optional.empty();
        }
        return switch (d.mainPoint()) {
            case TREND -> trend(d, series, confidence);
            case LATEST -> latestRate(d, series);
            case RANGE -> range(d, series);
        };
    }

    private static Optional<String> trend(Denominator d, List<SeriesPoint> series, Confidence confidence) {
        List<MetricRow> shown = series.stream().filter(SeriesPoint::available).map(SeriesPoint::row).toList();
        if (shown.size() < 2) {
            return Optional.empty();
        }
        MetricRow first = shown.get(0);
        MetricRow last = shown.get(shown.size() - 1);
        Interval change = Newcombe.difference(last.numerator(), last.denominator(), first.numerator(),
                first.denominator(), confidence);
        String verb = last.value() < first.value() ? "fell" : "rose";
        String meaning = change.excludesZero()
                ? "a statistically meaningful change of " + Figures.points(change.estimate()) + " "
                        + Figures.pointsInterval(change)
                : "a change of " + Figures.points(change.estimate()) + " " + Figures.pointsInterval(change)
                        + " that is within the uncertainty";
        return Optional.of("On " + d.label() + ", the acquittal rate " + verb
                + " from " + rate(first) + " in " + first.periodLabel() + " (" + Figures.count(first.numerator())
                + " of " + Figures.count(first.denominator()) + ") to " + rate(last) + " in " + last.periodLabel()
                + " (" + Figures.count(last.numerator()) + " of " + Figures.count(last.denominator()) + "): "
                + meaning + ".");
    }

    private static Optional<String> latestRate(Denominator d, List<SeriesPoint> series) {
        return last(series).map(r -> "In " + r.periodLabel() + ", " + Figures.count(r.numerator()) + " of "
                + Figures.count(r.denominator()) + " " + d.label() + " were acquitted: " + rate(r) + ".");
    }

    private static Optional<String> range(Denominator d, List<SeriesPoint> series) {
        List<MetricRow> shown = series.stream().filter(SeriesPoint::available).map(SeriesPoint::row).toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        double low = shown.stream().mapToDouble(MetricRow::value).min().orElseThrow();
        double high = shown.stream().mapToDouble(MetricRow::value).max().orElseThrow();
        String ratio = d.kind() != PublishedFigures.Kind.RATIO ? ""
                : "; this is a ratio, not a rate" + (d.ratioReason() == null ? "" : ", because " + d.ratioReason());
        return Optional.of("Set against " + d.label() + ", acquittals ranged from "
                + Figures.percent(low) + " to " + Figures.percent(high) + " in the " + shown.size()
                + " years from " + shown.get(0).periodLabel() + " to " + shown.get(shown.size() - 1).periodLabel()
                + " with both figures published" + ratio + ".");
    }

    private static Optional<String> latestAcquittals(List<SeriesPoint> acquittals) {
        List<MetricRow> shown = acquittals.stream().filter(SeriesPoint::available).map(SeriesPoint::row).toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        MetricRow latest = shown.get(shown.size() - 1);
        boolean lowest = shown.stream().allMatch(r -> r.numerator() >= latest.numerator());
        return Optional.of("Courts reported " + Figures.count(latest.numerator()) + " acquittals in "
                + latest.periodLabel() + (lowest ? ", the fewest of any year published since "
                + shown.get(0).periodLabel() : "") + ".");
    }

    private static Optional<String> withdrawals(List<SeriesPoint> acquittals, CountTable table, String measure) {
        for (int i = acquittals.size() - 1; i >= 0; i--) {
            MetricRow a = acquittals.get(i).row();
            Optional<PublishedFigure> w = table.year(measure, acquittals.get(i).year());
            if (a.numerator() != null && w.isPresent() && a.numerator() > 0) {
                return Optional.of("In " + a.periodLabel() + " courts permitted " + Figures.count(w.get().count())
                        + " prosecution withdrawals against " + Figures.count(a.numerator()) + " acquittals, "
                        + String.format(Locale.ROOT, "%.1f", (double) w.get().count() / a.numerator())
                        + " withdrawals per acquittal: a withdrawal ends a weak case without a verdict, so acquittals"
                        + " alone understate the cases that failed.");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> gaps(List<SeriesPoint> acquittals) {
        List<SeriesPoint> shown = acquittals.stream().filter(SeriesPoint::available).toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        List<String> missing = acquittals.stream()
                .filter(p -> !p.available() && p.year() > shown.get(0).year()
                        && p.year() < shown.get(shown.size() - 1).year())
                .map(p -> Integer.toString(p.year()))
                .toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of("No national acquittal count was published for "
                + String.join(", ", missing) + "; these years are shown as [x] (not available), never as zero.");
    }

    private static Optional<MetricRow> last(List<SeriesPoint> series) {
        return series.stream().filter(SeriesPoint::available).map(SeriesPoint::row).reduce((a, b) -> b);
    }

    private static String rate(MetricRow r) {
        return Figures.percent(r.value()) + " " + Figures.percentInterval(r.ciLow(), r.ciHigh());
    }
}
