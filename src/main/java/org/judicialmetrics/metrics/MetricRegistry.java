package org.judicialmetrics.metrics;

import static org.judicialmetrics.metrics.MetricKind.COUNT;
import static org.judicialmetrics.metrics.MetricKind.MEDIAN;
import static org.judicialmetrics.metrics.MetricKind.RATE;
import static org.judicialmetrics.metrics.MetricKind.SUM;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.judicialmetrics.model.Dataset;

/**
 * Every metric of spec section 4, declared once; the engine, the Parquet table, the report's methodology section and
 * the tests all read this list. Adding a metric is one entry here (plus a {@link Measures} constant when it counts
 * something new); adding a breakdown is one {@link Breakdown} constant.
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
    private MetricRegistry() {
    }

    private static final String V1 = "1";

    private static final List<MetricDefinition> METRICS = List.of(
            new MetricDefinition("defendants_adjudicated",
                    "Defendants whose guilt a court decided: convicted, acquitted, exempt from punishment or not "
                            + "criminally liable.", COUNT,
                    "defendants with an adjudicated outcome, by concluded date", "", "defendants", V1,
                    Measures.ADJUDICATED, null),
            new MetricDefinition("acquittals", "Defendants acquitted.", COUNT,
                    "defendants with outcome ACQUITTED, by concluded date", "", "defendants", V1,
                    Measures.ACQUITTED, null),
            new MetricDefinition("acquittal_rate", "Share of adjudicated defendants who were acquitted.", RATE,
                    "acquitted defendants", "adjudicated defendants", "proportion", V1,
                    Measures.ACQUITTED, Measures.ADJUDICATED),
            new MetricDefinition("acquittal_rate_public", "Acquittal rate in public prosecutions.", RATE,
                    "acquitted defendants in public prosecutions", "adjudicated defendants in public prosecutions",
                    "proportion", V1, Measures.ACQUITTED_PUBLIC, Measures.ADJUDICATED_PUBLIC),
            new MetricDefinition("acquittal_rate_private", "Acquittal rate in private prosecutions.", RATE,
                    "acquitted defendants in private prosecutions", "adjudicated defendants in private prosecutions",
                    "proportion", V1, Measures.ACQUITTED_PRIVATE, Measures.ADJUDICATED_PRIVATE),
            new MetricDefinition("acquittals_insufficient_evidence",
                    "Defendants acquitted because the evidence was insufficient.", COUNT,
                    "acquitted defendants with acquittal basis INSUFFICIENT_EVIDENCE", "", "defendants", V1,
                    Measures.ACQUITTED_INSUFFICIENT_EVIDENCE, null),
            new MetricDefinition("insufficient_evidence_share",
                    "Share of acquittals that were for insufficient evidence.", RATE,
                    "acquittals for insufficient evidence", "acquittals", "proportion", V1,
                    Measures.ACQUITTED_INSUFFICIENT_EVIDENCE, Measures.ACQUITTED),
            new MetricDefinition("prosecution_withdrawals", "Defendants whose prosecution was withdrawn.", COUNT,
                    "defendants with outcome PROSECUTION_WITHDRAWN, by concluded date", "", "defendants", V1,
                    Measures.WITHDRAWN, null),
            new MetricDefinition("withdrawal_ratio",
                    "Prosecution withdrawals per adjudicated defendant (the \"hidden acquittals\").", RATE,
                    "defendants whose prosecution was withdrawn", "adjudicated defendants", "proportion", V1,
                    Measures.WITHDRAWN, Measures.ADJUDICATED),
            new MetricDefinition("exclusion_motions_filed",
                    "Applications (or ex officio reviews) to exclude illegally obtained evidence.", COUNT,
                    "motions, by filed date", "", "motions", V1, Measures.MOTIONS_FILED, null),
            new MetricDefinition("exclusion_motions_decided",
                    "Exclusion motions decided on the merits (granted, partially granted or denied).", COUNT,
                    "motions decided on the merits, by decided date", "", "motions", V1,
                    Measures.MOTIONS_DECIDED, null),
            new MetricDefinition("exclusion_motions_granted", "Exclusion motions granted in whole or in part.", COUNT,
                    "motions GRANTED or PARTIALLY_GRANTED, by decided date", "", "motions", V1,
                    Measures.MOTIONS_GRANTED, null),
            new MetricDefinition("exclusion_grant_rate", "Share of decided exclusion motions that were granted.",
                    RATE, "motions granted or partially granted", "motions decided on the merits", "proportion", V1,
                    Measures.MOTIONS_GRANTED, Measures.MOTIONS_DECIDED),
            new MetricDefinition("evidence_items_excluded", "Pieces of evidence excluded by granted motions.", COUNT,
                    "items excluded by motions granted or partially granted (missing counts as 0), by decided date",
                    "", "items", V1, Measures.ITEMS_EXCLUDED, null),
            new MetricDefinition("exclusion_motions_at_investigation",
                    "Exclusion motions filed during the investigation (possible since the 2017 rules).", COUNT,
                    "motions at stage INVESTIGATION, by filed date", "", "motions", V1,
                    Measures.MOTIONS_AT_INVESTIGATION, null),
            new MetricDefinition("exclusion_application_rate",
                    "Share of adjudicated defendants who had applied to exclude evidence.", RATE,
                    "adjudicated defendants with a motion of the same case and defendant filed on or before the "
                            + "concluded date", "adjudicated defendants", "proportion", V1,
                    Measures.ADJUDICATED_WITH_MOTION, Measures.ADJUDICATED),
            new MetricDefinition("acquittals_after_exclusion",
                    "Acquitted defendants whose case had evidence excluded.", COUNT,
                    "acquitted defendants whose case had a motion granted or partially granted on or before the "
                            + "concluded date", "", "defendants", V1, Measures.ACQUITTED_AFTER_EXCLUSION, null),
            new MetricDefinition("convictions_reviewed", "Final convictions reviewed.", COUNT,
                    "reviews, by review concluded date", "", "convictions", V1, Measures.REVIEWED, null),
            new MetricDefinition("convictions_overturned", "Final convictions overturned on review.", COUNT,
                    "reviews with result OVERTURNED_ACQUITTED or OVERTURNED_MODIFIED", "", "convictions", V1,
                    Measures.OVERTURNED, null),
            new MetricDefinition("overturned_to_acquittal", "Final convictions overturned to an acquittal.", COUNT,
                    "reviews with result OVERTURNED_ACQUITTED", "", "convictions", V1,
                    Measures.OVERTURNED_ACQUITTED, null),
            new MetricDefinition("overturn_rate", "Share of reviewed convictions that were overturned.", RATE,
                    "convictions overturned", "convictions reviewed", "proportion", V1,
                    Measures.OVERTURNED, Measures.REVIEWED),
            new MetricDefinition("median_years_to_correction",
                    "Median time from the original conviction to the review that overturned it.", MEDIAN,
                    "years (days / 365.25) from original conviction to review concluded, over overturned "
                            + "convictions", "", "years", V1, Measures.YEARS_TO_CORRECTION, null),
            new MetricDefinition("years_in_custody_total",
                    "Years in custody of the people whose convictions were overturned.", SUM,
                    "years in custody over overturned convictions with a value", "", "years", V1,
                    Measures.YEARS_IN_CUSTODY, null),
            new MetricDefinition("compensation_total",
                    "State compensation for overturned convictions, in local currency.", SUM,
                    "compensation amount over overturned convictions with a value", "", "currency", V1,
                    Measures.COMPENSATION, null),
            new MetricDefinition("major_wrongful_convictions_corrected",
                    "Major wrongful convictions (in official terms) overturned to an acquittal.", COUNT,
                    "reviews with major_case true and result OVERTURNED_ACQUITTED", "", "convictions", V1,
                    Measures.MAJOR_CORRECTED, null));

    private static final Map<String, MetricDefinition> BY_ID = index();

    /** Every metric, in the order of spec section 4. */
    public static List<MetricDefinition> all() {
        return METRICS;
    }

    public static Optional<MetricDefinition> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /**
     * Count metric -> the count metric of the denominator of a rate it is the numerator of
     * ({@code exclusion_motions_granted -> exclusion_motions_decided}): published side by side, the two publish their
     * difference, which disclosure control must treat as a cell.
     */
    public static Map<String, String> numeratorCounts() {
        Map<String, String> countByMeasure = new LinkedHashMap<>();
        METRICS.stream().filter(m -> m.kind() == COUNT)
                .forEach(m -> countByMeasure.putIfAbsent(m.numerator().name(), m.id()));
        Map<String, String> pairs = new LinkedHashMap<>();
        for (MetricDefinition m : METRICS) {
            if (m.kind() == RATE && countByMeasure.containsKey(m.numerator().name())
                    && countByMeasure.containsKey(m.denominator().name())) {
                pairs.putIfAbsent(countByMeasure.get(m.numerator().name()), countByMeasure.get(m.denominator().name()));
            }
        }
        return java.util.Collections.unmodifiableMap(pairs);
    }

    /** The metrics counting rows of the dataset. */
    public static List<MetricDefinition> of(Dataset dataset) {
        return METRICS.stream().filter(m -> m.dataset() == dataset).toList();
    }

    /** The distinct measures the metrics of the dataset need, each once, in registry order. */
    public static List<Measure> measures(Dataset dataset) {
        Map<String, Measure> measures = new LinkedHashMap<>();
        of(dataset).forEach(m -> m.measures().forEach(measure -> measures.putIfAbsent(measure.name(), measure)));
        return List.copyOf(measures.values());
    }

    private static Map<String, MetricDefinition> index() {
        Map<String, MetricDefinition> byId = new LinkedHashMap<>();
        for (MetricDefinition m : METRICS) {
            if (byId.put(m.id(), m) != null) {
                throw new IllegalStateException("metric id " + m.id() + " is declared twice");
            }
        }
        return byId;
    }
}
