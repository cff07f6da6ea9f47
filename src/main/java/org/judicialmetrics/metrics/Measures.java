package org.judicialmetrics.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.judicialmetrics.model.Dataset.CONVICTION_REVIEWS;
import static org.judicialmetrics.model.Dataset.DEFENDANT_OUTCOMES;
import static org.judicialmetrics.model.Dataset.EXCLUSION_MOTIONS;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.judicialmetrics.metrics.Measure.Aggregation;
import org.judicialmetrics.model.Codes.AcquittalBasis;
import org.judicialmetrics.model.Codes.Decision;
import org.judicialmetrics.model.Codes.Outcome;
import org.judicialmetrics.model.Codes.ProsecutionType;
import org.judicialmetrics.model.Codes.ReviewResult;
import org.judicialmetrics.model.Codes.Stage;
import org.judicialmetrics.model.Dataset;

/** The measures of the metric registry, one constant each, with the row conditions defining them (spec section 4). */
final class Measures {
    private Measures() {
    }

    /** Days per year when converting durations to years. */
    static final double DAYS_PER_YEAR = 365.25;

    private static final Set<String> ADJUDICATED_OUTCOMES = Arrays.stream(Outcome.values())
            .filter(Outcome::adjudicated).map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> ACQUITTAL = Set.of(Outcome.ACQUITTED.name());
    private static final Column ADJUDICATED_OUTCOME = outcomeIn(ADJUDICATED_OUTCOMES);
    private static final Column ACQUITTED_OUTCOME = outcomeIn(ACQUITTAL);
    private static final Column PUBLIC = col("prosecution_type").equalTo(ProsecutionType.PUBLIC.name());
    private static final Column PRIVATE = col("prosecution_type").equalTo(ProsecutionType.PRIVATE.name());
    private static final Column DECIDED_MOTION = col("decision").isin(Arrays.stream(Decision.values())
            .filter(Decision::decided).map(Enum::name).toArray());
    static final Column GRANTED_MOTION = col("decision").isin(
            Decision.GRANTED.name(), Decision.PARTIALLY_GRANTED.name());
    private static final Column OVERTURNED_RESULT = col("result").isin(
            ReviewResult.OVERTURNED_ACQUITTED.name(), ReviewResult.OVERTURNED_MODIFIED.name());
    private static final Column OVERTURNED_TO_ACQUITTAL = col("result").equalTo(
            ReviewResult.OVERTURNED_ACQUITTED.name());

    static final Measure ADJUDICATED = outcomes("adjudicated", ADJUDICATED_OUTCOMES, null);
    static final Measure ACQUITTED = outcomes("acquitted", ACQUITTAL, null);
    static final Measure ADJUDICATED_PUBLIC = outcomes("adjudicated_public", ADJUDICATED_OUTCOMES, PUBLIC,
            "prosecution_type");
    static final Measure ACQUITTED_PUBLIC = outcomes("acquitted_public", ACQUITTAL, PUBLIC, "prosecution_type");
    static final Measure ADJUDICATED_PRIVATE = outcomes("adjudicated_private", ADJUDICATED_OUTCOMES, PRIVATE,
            "prosecution_type");
    static final Measure ACQUITTED_PRIVATE = outcomes("acquitted_private", ACQUITTAL, PRIVATE, "prosecution_type");
    static final Measure ACQUITTED_INSUFFICIENT_EVIDENCE = outcomes("acquitted_insufficient_evidence", ACQUITTAL,
            col("acquittal_basis").equalTo(AcquittalBasis.INSUFFICIENT_EVIDENCE.name()), "acquittal_basis");
    static final Measure WITHDRAWN = outcomes("withdrawn", Set.of(Outcome.PROSECUTION_WITHDRAWN.name()), null);
    static final Measure ADJUDICATED_WITH_MOTION = new Measure("adjudicated_with_motion", DEFENDANT_OUTCOMES,
            "concluded_date", Aggregation.ROWS, ADJUDICATED_OUTCOME.and(col(CaseLinks.HAS_MOTION)), null,
            List.of("outcome", "case_id", "defendant_ref"), Set.of(EXCLUSION_MOTIONS), ADJUDICATED_OUTCOMES);
    static final Measure ACQUITTED_AFTER_EXCLUSION = new Measure("acquitted_after_exclusion", DEFENDANT_OUTCOMES,
            "concluded_date", Aggregation.ROWS, ACQUITTED_OUTCOME.and(col(CaseLinks.CASE_HAS_GRANTED_MOTION)), null,
            List.of("outcome", "case_id"), Set.of(EXCLUSION_MOTIONS), ACQUITTAL);

    static final Measure MOTIONS_FILED = motions("motions_filed", "filed_date", lit(true));
    static final Measure MOTIONS_AT_INVESTIGATION = motions("motions_at_investigation", "filed_date",
            col("stage").equalTo(Stage.INVESTIGATION.name()), "stage");
    static final Measure MOTIONS_DECIDED = motions("motions_decided", "decided_date", DECIDED_MOTION, "decision");
    static final Measure MOTIONS_GRANTED = motions("motions_granted", "decided_date", GRANTED_MOTION, "decision");
    static final Measure ITEMS_EXCLUDED = new Measure("items_excluded", EXCLUSION_MOTIONS, "decided_date",
            Aggregation.INTEGER_SUM, GRANTED_MOTION, col("items_excluded"), List.of("decision", "items_excluded"),
            Set.of(), Set.of());

    static final Measure REVIEWED = reviews("reviewed", lit(true));
    static final Measure OVERTURNED = reviews("overturned", OVERTURNED_RESULT, "result");
    static final Measure OVERTURNED_ACQUITTED = reviews("overturned_acquitted", OVERTURNED_TO_ACQUITTAL, "result");
    static final Measure MAJOR_CORRECTED = reviews("major_corrected",
            OVERTURNED_TO_ACQUITTAL.and(coalesce(col("major_case"), lit(false))), "result", "major_case");
    static final Measure YEARS_TO_CORRECTION = new Measure("years_to_correction", CONVICTION_REVIEWS,
            "review_concluded_date", Aggregation.MEDIAN, OVERTURNED_RESULT,
            datediff(col("review_concluded_date"), col("original_conviction_date")).divide(lit(DAYS_PER_YEAR)),
            List.of("result", "original_conviction_date"), Set.of(), Set.of());
    static final Measure YEARS_IN_CUSTODY = new Measure("years_in_custody", CONVICTION_REVIEWS,
            "review_concluded_date", Aggregation.DECIMAL_SUM, OVERTURNED_RESULT, col("years_in_custody"),
            List.of("result", "years_in_custody"), Set.of(), Set.of());
    static final Measure COMPENSATION = new Measure("compensation", CONVICTION_REVIEWS,
            "review_concluded_date", Aggregation.DECIMAL_SUM, OVERTURNED_RESULT, col("compensation_amount"),
            List.of("result", "compensation_amount"), Set.of(), Set.of());

    private static Column outcomeIn(Set<String> codes) {
        return col("outcome").isin(codes.stream().sorted().toArray());
    }

    /** Defendants whose outcome is one of {@code codes} and who meet {@code also} (null: no more condition). */
    private static Measure outcomes(String name, Set<String> codes, Column also, String... moreColumns) {
        Column condition = also == null ? outcomeIn(codes) : outcomeIn(codes).and(also);
        List<String> columns = new java.util.ArrayList<>(List.of("outcome"));
        columns.addAll(List.of(moreColumns));
        return new Measure(name, DEFENDANT_OUTCOMES, "concluded_date", Aggregation.ROWS, condition, null, columns,
                Set.of(), codes);
    }

    private static Measure motions(String name, String dateColumn, Column condition, String... columns) {
        return rows(name, EXCLUSION_MOTIONS, dateColumn, condition, columns);
    }

    private static Measure reviews(String name, Column condition, String... columns) {
        return rows(name, CONVICTION_REVIEWS, "review_concluded_date", condition, columns);
    }

    private static Measure rows(String name, Dataset dataset, String dateColumn, Column condition, String... columns) {
        return new Measure(name, dataset, dateColumn, Aggregation.ROWS, condition, null, List.of(columns), Set.of(),
                Set.of());
    }
}
