package org.judicialmetrics.counts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.judicialmetrics.metrics.stats.Confidence;
import org.judicialmetrics.metrics.stats.Wilson;
import org.judicialmetrics.spec.PublishedFigures;
import org.judicialmetrics.spec.PublishedFigures.Denominator;

/**
 * Yearly acquittal counts and rates from published figures, on the measures and denominators the profile names: each
 * denominator as its own series, and one combined series that takes the best denominator of each year (the profile
 * lists them best first) and marks {@code b} where that denominator changes.
 */
public final class AcquittalSeries {

    private static final String ACQUITTALS = "acquittals";
    private static final String RATE = "acquittal_rate";

    private final CountTable table;
    private final PublishedFigures.Acquittals measures;
    private final List<Denominator> preference;
    private final Confidence confidence;

    public AcquittalSeries(CountTable table, PublishedFigures published, Confidence confidence) {
        if (published.acquittals() == null || published.denominators().isEmpty()) {
            throw new IllegalArgumentException("the profile names no acquittal measures or denominators");
        }
        this.table = table;
        this.measures = published.acquittals();
        this.preference = published.denominators();
        this.confidence = confidence;
    }

    /** Acquittals: the published total, else public plus private when both are published. */
    public List<SeriesPoint> acquittals(int from, int to) {
        List<SeriesPoint> points = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            int y = year;
            points.add(total(measures.total(), year)
                    .map(t -> SeriesPoint.count(ACQUITTALS, y, t.count(), t.sources()))
                    .orElseGet(() -> SeriesPoint.missing(ACQUITTALS, "all", y)));
        }
        return points;
    }

    /** The rate on one denominator for each year; {@code x} where the count or the denominator is not published. */
    public List<SeriesPoint> rates(Denominator denominator, int from, int to) {
        List<SeriesPoint> points = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            int y = year;
            points.add(rate(denominator, year).orElseGet(() -> unrated(denominator, y)));
        }
        return points;
    }

    /**
     * One rate per year on the best published denominator of that year; a year whose denominator differs from that of
     * the previous year with a rate is marked {@code b} (break in series).
     */
    public List<SeriesPoint> combined(int from, int to) {
        List<SeriesPoint> points = new ArrayList<>();
        String previous = null;
        for (int year = from; year <= to; year++) {
            int y = year;
            Optional<SeriesPoint> best = preference.stream().flatMap(d -> rate(d, y).stream()).findFirst();
            if (best.isEmpty()) {
                points.add(unrated(preference.get(preference.size() - 1), year));
                continue;
            }
            SeriesPoint p = best.get();
            String denominator = p.row().breakdownValue();
            boolean breaks = previous != null && !previous.equals(denominator);
            previous = denominator;
            points.add(breaks ? p.withFlag('b') : p);
        }
        return points;
    }

    /** A year without a rate on the denominator: the acquittal count when that is published, else nothing. */
    private SeriesPoint unrated(Denominator d, int year) {
        return total(d.numerator(), year)
                .map(t -> SeriesPoint.withoutDenominator(RATE, d.measure(), year, t.count(), t.sources()))
                .orElseGet(() -> SeriesPoint.missing(RATE, d.measure(), year));
    }

    private Optional<SeriesPoint> rate(Denominator d, int year) {
        Optional<PublishedFigure> base = table.year(d.measure(), year);
        Optional<Total> acquitted = total(d.numerator(), year);
        if (base.isEmpty() || acquitted.isEmpty()) {
            return Optional.empty();
        }
        long n = base.get().count();
        long x = acquitted.get().count();
        List<PublishedFigure> sources = new ArrayList<>(acquitted.get().sources());
        sources.add(base.get());
        return Optional.of(SeriesPoint.rate(RATE, d.measure(), year, x, n, Wilson.interval(x, n, confidence), "",
                sources));
    }

    /** A count with the figures it was taken or summed from. */
    private record Total(long count, List<PublishedFigure> sources) {
    }

    /** A measure's count for the year; the acquittals' total is also public plus private when both are published. */
    private Optional<Total> total(String measure, int year) {
        Optional<PublishedFigure> total = table.year(measure, year);
        if (total.isPresent()) {
            return Optional.of(new Total(total.get().count(), List.of(total.get())));
        }
        if (!measure.equals(measures.total())) {
            return Optional.empty();
        }
        Optional<PublishedFigure> pub = table.year(measures.publicProsecution(), year);
        Optional<PublishedFigure> priv = table.year(measures.privateProsecution(), year);
        if (pub.isEmpty() || priv.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Total(pub.get().count() + priv.get().count(), List.of(pub.get(), priv.get())));
    }
}
