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

/**
 * The main points of the published-figures report, each written from the figures (never hard-coded), and a change
 * called meaningful only when its Newcombe interval excludes zero.
 */
final class PublishedMainPoints {

    private PublishedMainPoints() {
    }

    static List<String> write(PublishedSeries s, CountTable table, Confidence confidence) {
        List<String> points = new ArrayList<>();
        yearbookTrend(s.yearbook(), confidence).ifPresent(points::add);
        latestRate(s.effectiveJudgments(), "persons with effective judgments (China Law Yearbook)")
                .ifPresent(points::add);
        ratioRange(s.sentenced()).ifPresent(points::add);
        latestAcquittals(s.acquittals()).ifPresent(points::add);
        withdrawals(s.acquittals(), table).ifPresent(points::add);
        wrongful(table).ifPresent(points::add);
        gaps(s.acquittals()).ifPresent(points::add);
        return points;
    }

    private static Optional<String> yearbookTrend(List<SeriesPoint> yearbook, Confidence confidence) {
        List<MetricRow> shown = yearbook.stream().filter(SeriesPoint::available).map(SeriesPoint::row).toList();
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
        return Optional.of("On the China Law Yearbook series (persons adjudicated), the acquittal rate " + verb
                + " from " + rate(first) + " in " + first.periodLabel() + " (" + Figures.count(first.numerator())
                + " of " + Figures.count(first.denominator()) + ") to " + rate(last) + " in " + last.periodLabel()
                + " (" + Figures.count(last.numerator()) + " of " + Figures.count(last.denominator()) + "): "
                + meaning + ".");
    }

    private static Optional<String> latestRate(List<SeriesPoint> series, String denominator) {
        return last(series).map(r -> "In " + r.periodLabel() + ", " + Figures.count(r.numerator()) + " of "
                + Figures.count(r.denominator()) + " " + denominator + " were acquitted: " + rate(r) + ".");
    }

    private static Optional<String> ratioRange(List<SeriesPoint> sentenced) {
        List<MetricRow> shown = sentenced.stream().filter(SeriesPoint::available).map(SeriesPoint::row).toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        double low = shown.stream().mapToDouble(MetricRow::value).min().orElseThrow();
        double high = shown.stream().mapToDouble(MetricRow::value).max().orElseThrow();
        return Optional.of("Set against persons sentenced (SPC work reports), acquittals ranged from "
                + Figures.percent(low) + " to " + Figures.percent(high) + " in the " + shown.size()
                + " years from " + shown.get(0).periodLabel() + " to " + shown.get(shown.size() - 1).periodLabel()
                + " with both figures published; this is a ratio, not a rate, because the sentenced exclude the"
                + " acquitted.");
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

    private static Optional<String> withdrawals(List<SeriesPoint> acquittals, CountTable table) {
        for (int i = acquittals.size() - 1; i >= 0; i--) {
            MetricRow a = acquittals.get(i).row();
            Optional<PublishedFigure> w = table.year("prosecution_withdrawals_permitted", acquittals.get(i).year());
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

    private static Optional<String> wrongful(CountTable table) {
        List<PublishedFigure> spans = table.spans(WrongfulConvictions.MEASURE);
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        PublishedFigure latest = spans.get(spans.size() - 1);
        return Optional.of("Courts corrected " + Figures.count(latest.count()) + " major wrongful convictions in "
                + latest.periodLabel() + " (published cumulative total, grade " + latest.reliability() + ").");
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
