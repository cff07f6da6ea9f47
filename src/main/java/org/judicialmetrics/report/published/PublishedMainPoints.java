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

    static List<String> write(PublishedSeries s, CountTable table, PublishedFigures published, Confidence confidence,
                              PublishedWords w) {
        List<String> points = new ArrayList<>();
        s.rates().forEach((d, series) -> denominator(d, series, confidence, w).ifPresent(points::add));
        latestAcquittals(s.acquittals(), w).ifPresent(points::add);
        Optional.ofNullable(published.acquittals().withdrawals())
                .flatMap(wd -> withdrawals(s.acquittals(), table, wd, w)).ifPresent(points::add);
        published.report().sections().stream().filter(c -> c.cumulative() != null)
                .forEach(c -> CumulativeTotals.mainPoint(table, c.cumulative(), w).ifPresent(points::add));
        gaps(s.acquittals(), w).ifPresent(points::add);
        return points;
    }

    /** The main point the profile asks for on a denominator's series, if any. */
    private static Optional<String> denominator(Denominator d, List<SeriesPoint> series, Confidence confidence,
                                                PublishedWords w) {
        if (d.mainPoint() == null) {
            return Optional.empty();
        }
        return switch (d.mainPoint()) {
            case TREND -> trend(d, series, confidence, w);
            case LATEST -> latestRate(d, series, w);
            case RANGE -> range(d, series, w);
        };
    }

    private static Optional<String> trend(Denominator d, List<SeriesPoint> series, Confidence confidence,
                                          PublishedWords w) {
        List<MetricRow> shown = series.stream().filter(SeriesPoint::available).map(SeriesPoint::row).toList();
        if (shown.size() < 2) {
            return Optional.empty();
        }
        MetricRow first = shown.get(0);
        MetricRow last = shown.get(shown.size() - 1);
        Interval change = Newcombe.difference(last.numerator(), last.denominator(), first.numerator(),
                first.denominator(), confidence);
        String meaning = w.text(change.excludesZero() ? "published.points.meaningful" : "published.points.within",
                "difference", Figures.points(change.estimate()), "interval", Figures.pointsInterval(change));
        return Optional.of(w.text(last.value() < first.value() ? "published.points.fell" : "published.points.rose",
                "denominator", w.profile(d.label()),
                "from", rate(first), "first_period", first.periodLabel(),
                "first_count", Figures.count(first.numerator()), "first_of", Figures.count(first.denominator()),
                "to", rate(last), "last_period", last.periodLabel(),
                "last_count", Figures.count(last.numerator()), "last_of", Figures.count(last.denominator()),
                "meaning", meaning));
    }

    private static Optional<String> latestRate(Denominator d, List<SeriesPoint> series, PublishedWords w) {
        return last(series).map(r -> w.text("published.points.latest", "period", r.periodLabel(),
                "count", Figures.count(r.numerator()), "of", Figures.count(r.denominator()),
                "denominator", w.profile(d.label()), "rate", rate(r)));
    }

    private static Optional<String> range(Denominator d, List<SeriesPoint> series, PublishedWords w) {
        List<MetricRow> shown = series.stream().filter(SeriesPoint::available).map(SeriesPoint::row).toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        double low = shown.stream().mapToDouble(MetricRow::value).min().orElseThrow();
        double high = shown.stream().mapToDouble(MetricRow::value).max().orElseThrow();
        String ratio = d.kind() != PublishedFigures.Kind.RATIO ? ""
                : d.ratioReason() == null ? w.text("published.points.ratio")
                : w.text("published.points.ratio_because", "reason", w.profile(d.ratioReason()));
        return Optional.of(w.text("published.points.range", "denominator", w.profile(d.label()),
                "low", Figures.percent(low), "high", Figures.percent(high), "count", Integer.toString(shown.size()),
                "first_period", shown.get(0).periodLabel(), "last_period", shown.get(shown.size() - 1).periodLabel(),
                "ratio", ratio));
    }

    private static Optional<String> latestAcquittals(List<SeriesPoint> acquittals, PublishedWords w) {
        List<MetricRow> shown = acquittals.stream().filter(SeriesPoint::available).map(SeriesPoint::row).toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        MetricRow latest = shown.get(shown.size() - 1);
        boolean lowest = shown.stream().allMatch(r -> r.numerator() >= latest.numerator());
        return Optional.of(w.text("published.points.acquittals", "count", Figures.count(latest.numerator()),
                "period", latest.periodLabel(),
                "fewest", lowest ? w.text("published.points.fewest", "since", shown.get(0).periodLabel()) : ""));
    }

    private static Optional<String> withdrawals(List<SeriesPoint> acquittals, CountTable table, String measure,
                                                PublishedWords w) {
        for (int i = acquittals.size() - 1; i >= 0; i--) {
            MetricRow a = acquittals.get(i).row();
            Optional<PublishedFigure> wd = table.year(measure, acquittals.get(i).year());
            if (a.numerator() != null && wd.isPresent() && a.numerator() > 0) {
                return Optional.of(w.text("published.points.withdrawals", "period", a.periodLabel(),
                        "withdrawals", Figures.count(wd.get().count()), "acquittals", Figures.count(a.numerator()),
                        "ratio", String.format(Locale.ROOT, "%.1f", (double) wd.get().count() / a.numerator())));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> gaps(List<SeriesPoint> acquittals, PublishedWords w) {
        List<SeriesPoint> shown = acquittals.stream().filter(SeriesPoint::available).toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        List<String> missing = acquittals.stream()
                .filter(p -> !p.available() && p.year() > shown.get(0).year()
                        && p.year() < shown.get(shown.size() - 1).year())
                .map(p -> Integer.toString(p.year()))
                .toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of(w.text("published.points.gaps",
                "years", String.join(w.text("list.comma"), missing)));
    }

    private static Optional<MetricRow> last(List<SeriesPoint> series) {
        return series.stream().filter(SeriesPoint::available).map(SeriesPoint::row).reduce((a, b) -> b);
    }

    private static String rate(MetricRow r) {
        return Figures.percent(r.value()) + " " + Figures.percentInterval(r.ciLow(), r.ciHigh());
    }
}
