package org.judicialmetrics.metrics;

import static org.judicialmetrics.metrics.MetricKind.COUNT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.judicialmetrics.model.CodeSets;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.model.DatasetSchema;
import org.judicialmetrics.spec.MetricSpec;

/**
 * The metrics of a job, declared once in its configuration (the {@code cn} profile holds those of spec section 4; a
 * profile or job spec adds its own through the same path, {@link #of}); the engine, the Parquet table, the report's
 * methodology section and the tests all read this list. Adding a metric is one entry in a profile or job spec; adding a
 * breakdown is one entry in its {@code breakdowns}.
 *
 * <p>How rows of the metric table are derived (and documented to analysts):
 * <ul>
 *   <li>Counts: {@code numerator} = {@code value} = the count; {@code denominator} null.</li>
 *   <li>Rates: {@code value} = numerator / denominator as a fraction, with a Wilson score interval at the job's
 *       confidence in {@code ci_low}/{@code ci_high}. Denominator 0: value and interval null, flag {@code z}.
 *       Flag {@code u} when numerator &lt; {@code min_numerator} or denominator &lt; {@code min_denominator}.</li>
 *   <li>Sums: {@code value} = the total over rows with a value; numerator and denominator null. Flag {@code x} (value
 *       null) when rows qualify but none has a value: a gap is never shown as zero.</li>
 *   <li>Medians: exact median, the average of the two middle values for an even count; numerator and denominator
 *       null; flag {@code z} with no observation, {@code u} with fewer than {@code min_numerator}.</li>
 *   <li>Ratios ({@code ratio}, e.g. withdrawals per adjudicated defendant, which may exceed 1): {@code value} =
 *       numerator / denominator, no interval (Wilson and Newcombe hold for proportions only) and no era comparison;
 *       {@code z} on a zero denominator, {@code u} on the thresholds of a rate. A rate whose numerator exceeds its
 *       denominator (a count table's inconsistent figures) has no value and is flagged {@code x}.</li>
 *   <li>Era comparisons: for every rate, breakdown {@code all}, each era is compared with the era before it in the
 *       job's era list. Published as rows with {@code period_type} {@code era}, {@code period_label} the later era,
 *       {@code breakdown} {@value Breakdown#ERA_CHANGE}, {@code breakdown_value} {@code "<later> vs <earlier>"},
 *       {@code value} = later rate minus earlier rate, {@code ci_low}/{@code ci_high} = Newcombe hybrid score
 *       interval (method 10). A change is statistically meaningful exactly when the interval excludes 0
 *       ({@code ci_low > 0 or ci_high < 0}); readers derive that from the two columns, so the fixed column list and
 *       the spec's flag set stay unchanged. Flags: {@code z} when either rate is undefined, {@code u} when either rate
 *       is {@code u}.</li>
 *   <li>Flag {@code x}: a dataset the metric needs is absent (value null; breakdown {@code all} only, as its
 *       breakdown values are unknown), or a count table does not give the period's figures ({@link Coverage}: an era
 *       or cumulative period needs every year in it; a rate whose numerator alone is given keeps it as
 *       {@code numerator}). Flag {@code b}: the denominator of a rate from a count table changes its definition (or,
 *       without one, its source) from the previous period given; on an era or cumulative row, within the span.
 *       Flag {@code r}: the row's figures differ from those the table published before for it, or were marked
 *       {@code r} then ({@link Revisions}). Flag {@code p} and status
 *       {@code provisional}: the period ends after the as-of date. Flags are written in the spec's order
 *       {@code c u x z p r b}; disclosure control ({@code c}) is applied when publishing, not here.</li>
 *   <li>Links between datasets: {@code exclusion_application_rate} links an outcome to motions of the same
 *       {@code (case_id, defendant_ref)} filed on or before its concluded date; {@code acquittals_after_exclusion}
 *       links an acquittal to motions of the same {@code case_id} granted (or partially granted) on or before its
 *       concluded date.</li>
 * </ul>
 */
public final class MetricRegistry {

    private final List<MetricDefinition> metrics;
    private final Map<String, MetricDefinition> byId;

    private MetricRegistry(List<MetricDefinition> metrics) {
        this.metrics = List.copyOf(metrics);
        this.byId = index(metrics);
    }

    /**
     * The registry of configured metric entries, each checked against the job's datasets and codes; metrics whose
     * measures are the same (every outcome rate divides by adjudicated defendants) share one aggregate.
     *
     * @param entries every metric entry, each with where it was written (for messages)
     */
    public static MetricRegistry of(List<Declared> entries, Map<Dataset, DatasetSchema> schemas, CodeSets codes) {
        MeasureBuilder measures = new MeasureBuilder(schemas, codes);
        return new MetricRegistry(entries.stream().map(e -> measures.metric(e.spec(), e.where())).toList());
    }

    /**
     * A metric entry and where it was written.
     *
     * @param where the file and field of the entry, e.g. {@code jobs/profiles/cn.json: field 'metrics[2]'}
     */
    public record Declared(MetricSpec spec, String where) {
    }

    /** Every metric, in the order of the configuration. */
    public List<MetricDefinition> all() {
        return metrics;
    }

    public Optional<MetricDefinition> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The ids of the metrics the report shows in the place ({@link MetricDefinition#PLACES}), in order. */
    public List<String> shownIn(String place) {
        return metrics.stream().filter(m -> m.shownIn(place)).map(MetricDefinition::id).toList();
    }

    /**
     * Count metric -> the count metric of the denominator of a rate it is the numerator of
     * ({@code exclusion_motions_granted -> exclusion_motions_decided}): published side by side, the two publish their
     * difference, which disclosure control must treat as a cell.
     */
    public Map<String, String> numeratorCounts() {
        Map<String, String> countByMeasure = new LinkedHashMap<>();
        metrics.stream().filter(m -> m.kind() == COUNT)
                .forEach(m -> countByMeasure.putIfAbsent(m.numerator().name(), m.id()));
        Map<String, String> pairs = new LinkedHashMap<>();
        for (MetricDefinition m : metrics) {
            if (m.kind() == MetricKind.RATE && countByMeasure.containsKey(m.numerator().name())
                    && countByMeasure.containsKey(m.denominator().name())) {
                pairs.putIfAbsent(countByMeasure.get(m.numerator().name()), countByMeasure.get(m.denominator().name()));
            }
        }
        return java.util.Collections.unmodifiableMap(pairs);
    }

    /** The metrics counting rows of the dataset. */
    public List<MetricDefinition> of(Dataset dataset) {
        return metrics.stream().filter(m -> m.dataset() == dataset).toList();
    }

    /** The distinct measures the metrics of the dataset need, each once, in registry order. */
    public List<Measure> measures(Dataset dataset) {
        Map<String, Measure> measures = new LinkedHashMap<>();
        of(dataset).forEach(m -> m.measures().forEach(measure -> measures.putIfAbsent(measure.name(), measure)));
        return List.copyOf(measures.values());
    }

    private static Map<String, MetricDefinition> index(List<MetricDefinition> metrics) {
        Map<String, MetricDefinition> byId = new LinkedHashMap<>();
        for (MetricDefinition m : metrics) {
            if (byId.put(m.id(), m) != null) {
                throw new IllegalStateException("metric id " + m.id() + " is declared twice");
            }
        }
        return byId;
    }
}
