package org.judicialmetrics.counts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Published figures looked up by measure and year, so a series asks "what was published for X in Y" and gets nothing,
 * never zero, when nothing was; multi-year spans are only ever returned as spans.
 */
public final class CountTable {

    /** Best grade first (A before B before C), then the order of the file. */
    private static final Comparator<PublishedFigure> BEST = Comparator.comparing(PublishedFigure::reliability);

    private final List<PublishedFigure> figures;

    public CountTable(List<PublishedFigure> figures) {
        this.figures = List.copyOf(figures);
    }

    public List<PublishedFigure> figures() {
        return figures;
    }

    /** The figures of periods that end by {@code year}: the table as it stood for a report on that year. */
    public CountTable upTo(int year) {
        return new CountTable(figures.stream().filter(f -> f.endYear() <= year).toList());
    }

    /** The figure published for one calendar year, the best graded when several sources give one. */
    public Optional<PublishedFigure> year(String measure, int year) {
        return figures.stream()
                .filter(f -> f.yearly() && f.startYear() == year && f.measure().equals(measure))
                .min(BEST);
    }

    /** A measure's published count for each year from {@code from} to {@code to}; {@code x} where none is. */
    public List<SeriesPoint> yearly(String measure, int from, int to) {
        List<SeriesPoint> points = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            int year = y;
            points.add(year(measure, year)
                    .map(f -> SeriesPoint.count(measure, year, f.count(), List.of(f)))
                    .orElseGet(() -> SeriesPoint.missing(measure, "all", year)));
        }
        return points;
    }

    /** The figures of a measure published only as totals over several years, oldest span first. */
    public List<PublishedFigure> spans(String measure) {
        return spans().stream().filter(f -> f.measure().equals(measure)).toList();
    }

    /** Every figure published only as a total over several years, by start and end year. */
    public List<PublishedFigure> spans() {
        return figures.stream()
                .filter(f -> !f.yearly())
                .sorted(Comparator.comparingInt(PublishedFigure::startYear)
                        .thenComparingInt(PublishedFigure::endYear)
                        .thenComparing(PublishedFigure::measure))
                .toList();
    }

    /** The last year any figure covers. */
    public int latestYear() {
        return figures.stream().mapToInt(PublishedFigure::endYear).max()
                .orElseThrow(() -> new IllegalStateException("no published figures"));
    }

    /** How many figures were read per measure, for the manifest. */
    public Map<String, Long> countsByMeasure() {
        Map<String, Long> counts = new TreeMap<>();
        figures.forEach(f -> counts.merge(f.measure(), 1L, Long::sum));
        return counts;
    }
}
