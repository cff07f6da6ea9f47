package org.judicialmetrics.metrics;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.judicialmetrics.model.Dataset;

/**
 * One published metric: its contract id, what it means in one sentence, and how it is computed from measures. The
 * report's methodology section prints these fields; the engine computes from {@link #numerator} and
 * {@link #denominator}. Built from a profile's or job spec's metric entry by {@link MetricRegistry#of}.
 *
 * @param id                contract id (spec section 4), the metric table's {@code metric_id}
 * @param label             short name for tables and charts
 * @param labelZh           the official Chinese term, or null when the configuration gives none
 * @param definition        one sentence for analysts
 * @param kind              count, rate, ratio, sum or median
 * @param numeratorText     what is counted (or summed, or whose median is taken)
 * @param denominatorText   what a rate or ratio divides by; empty for other kinds
 * @param unit              unit of {@code value}: e.g. {@code defendants}, {@code proportion}, {@code years}
 * @param definitionVersion bumped whenever the definition changes, so dashboards can tell series apart
 * @param numerator         the measure giving the value (or the numerator of a rate)
 * @param denominator       the denominator measure of a rate or ratio; null for other kinds
 * @param show              where the report shows the metric beyond the metric table ({@code headline}, ...)
 */
public record MetricDefinition(String id, String label, String labelZh, String definition, MetricKind kind, String numeratorText,
        String denominatorText, String unit, String definitionVersion, Measure numerator, Measure denominator,
        List<String> show) {

    /** In the headline table. */
    public static final String HEADLINE = "headline";
    /** In the main points, when its change is statistically meaningful. */
    public static final String MAIN_POINTS = "main_points";
    /** As a trend chart since the baseline. */
    public static final String TRENDS = "trends";
    /** As a column of the breakdown tables of its dataset. */
    public static final String BREAKDOWNS = "breakdowns";
    /** In the one line the command line prints after a run. */
    public static final String SUMMARY = "summary";
    /** Every place a metric can be shown. */
    public static final List<String> PLACES = List.of(HEADLINE, MAIN_POINTS, TRENDS, BREAKDOWNS, SUMMARY);

    /** The label in a report edition's language other than English, where the configuration gives one ({@code zh}). */
    public java.util.Optional<String> labelIn(String language) {
        return "zh".equals(language) && labelZh != null && !labelZh.isBlank()
                ? java.util.Optional.of(labelZh) : java.util.Optional.empty();
    }

    public MetricDefinition {
        if (kind.divides() != (denominator != null)) {
            throw new IllegalArgumentException(id + ": a rate or ratio, and only those, has a denominator");
        }
        show = List.copyOf(show);
    }

    /** The dataset whose rows the metric counts: its date decides the period, its columns the breakdowns. */
    public Dataset dataset() {
        return numerator.dataset();
    }

    /** Every dataset the metric needs; when one is absent the metric is {@code x}. */
    public Set<Dataset> requiredDatasets() {
        Set<Dataset> datasets = EnumSet.of(dataset());
        measures().forEach(m -> datasets.addAll(m.links()));
        return datasets;
    }

    /** The columns the metric reads, period date first. */
    public List<String> columns() {
        Set<String> columns = new LinkedHashSet<>();
        measures().forEach(m -> {
            columns.add(m.dateColumn());
            columns.addAll(m.columns());
        });
        return List.copyOf(columns);
    }

    /** Whether the report shows the metric in the place (one of {@link #PLACES}). */
    public boolean shownIn(String place) {
        return show.contains(place);
    }

    public List<Measure> measures() {
        return Stream.of(numerator, denominator).filter(m -> m != null).toList();
    }
}
