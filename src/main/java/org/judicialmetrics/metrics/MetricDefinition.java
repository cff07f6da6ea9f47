package org.judicialmetrics.metrics;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.judicialmetrics.model.Dataset;

/**
 * One published metric: its contract id, what it means in one sentence, and how it is computed from measures. The
 * report's methodology section prints these fields; the engine computes from {@link #numerator} and
 * {@link #denominator}.
 *
 * @param id                contract id (spec section 4), the metric table's {@code metric_id}
 * @param definition        one sentence for analysts
 * @param kind              count, rate, sum or median
 * @param numeratorText     what is counted (or summed, or whose median is taken)
 * @param denominatorText   what a rate divides by; empty for other kinds
 * @param unit              unit of {@code value}: e.g. {@code defendants}, {@code proportion}, {@code years}
 * @param definitionVersion bumped whenever the definition changes, so dashboards can tell series apart
 * @param numerator         the measure giving the value (or the numerator of a rate)
 * @param denominator       the denominator measure of a rate; null for other kinds
 */
public record MetricDefinition(String id, String definition, MetricKind kind, String numeratorText,
        String denominatorText, String unit, String definitionVersion, Measure numerator, Measure denominator) {

    public MetricDefinition {
        if ((kind == MetricKind.RATE) != (denominator != null)) {
            throw new IllegalArgumentException(id + ": a rate, and only a rate, has a denominator");
        }
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

    /** The canonical columns the metric reads, period date first. */
    public List<String> columns() {
        Set<String> columns = new LinkedHashSet<>();
        measures().forEach(m -> {
            columns.add(m.dateColumn());
            columns.addAll(m.columns());
        });
        return List.copyOf(columns);
    }

    /** The breakdowns the metric is published by, {@code all} first. */
    public List<Breakdown> breakdowns() {
        return Arrays.stream(Breakdown.values()).filter(b -> b.appliesTo(dataset())).toList();
    }

    public List<Measure> measures() {
        return Stream.of(numerator, denominator).filter(m -> m != null).toList();
    }
}
