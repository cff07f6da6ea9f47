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
    private static final Set<String> DECIDED_DECISIONS = Arrays.stream(Decision.values()).filter(Decision::decided)
            .map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> GRANTED_DECISIONS = Set.of(Decision.GRANTED.name(),
            Decision.PARTIALLY_GRANTED.name());
    static final Column GRANTED_MOTION = in(EXCLUSION_MOTIONS.eventColumn(), GRANTED_DECISIONS);
    private static final Set<String> ALL_RESULTS = Arrays.stream(ReviewResult.values()).map(Enum::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> OVERTURNED_RESULTS = Set.of(ReviewResult.OVERTURNED_ACQUITTED.name(),
            ReviewResult.OVERTURNED_MODIFIED.name());
    private static final Set<String> TO_ACQUITTAL = Set.of(ReviewResult.OVERTURNED_ACQUITTED.name());
    private static final Column OVERTURNED_RESULT = in(CONVICTION_REVIEWS.eventColumn(), OVERTURNED_RESULTS);

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

    static final Measure MOTIONS_FILED = motions("motions_filed", "filed_date", Set.of(), null);
    static final Measure MOTIONS_AT_INVESTIGATION = motions("motions_at_investigation", "filed_date", Set.of(),
            col("stage").equalTo(Stage.INVESTIGATION.name()), "stage");
    static final Measure MOTIONS_DECIDED = motions("motions_decided", "decided_date", DECIDED_DECISIONS, null);
    static final Measure MOTIONS_GRANTED = motions("motions_granted", "decided_date", GRANTED_DECISIONS, null);
    static final Measure ITEMS_EXCLUDED = new Measure("items_excluded", EXCLUSION_MOTIONS, "decided_date",
            Aggregation.INTEGER_SUM, GRANTED_MOTION, col("items_excluded"), List.of("decision", "items_excluded"),
            Set.of(), GRANTED_DECISIONS);

    static final Measure REVIEWED = reviews("reviewed", ALL_RESULTS, null);
    static final Measure OVERTURNED = reviews("overturned", OVERTURNED_RESULTS, null);
    static final Measure OVERTURNED_ACQUITTED = reviews("overturned_acquitted", TO_ACQUITTAL, null);
    static final Measure MAJOR_CORRECTED = reviews("major_corrected", TO_ACQUITTAL,
            coalesce(col("major_case"), lit(false)), "major_case");
    static final Measure YEARS_TO_CORRECTION = new Measure("years_to_correction", CONVICTION_REVIEWS,
            "review_concluded_date", Aggregation.MEDIAN, OVERTURNED_RESULT,
            datediff(col("review_concluded_date"), col("original_conviction_date")).divide(lit(DAYS_PER_YEAR)),
            List.of("result", "original_conviction_date"), Set.of(), OVERTURNED_RESULTS);
    static final Measure YEARS_IN_CUSTODY = new Measure("years_in_custody", CONVICTION_REVIEWS,
            "review_concluded_date", Aggregation.DECIMAL_SUM, OVERTURNED_RESULT, col("years_in_custody"),
            List.of("result", "years_in_custody"), Set.of(), OVERTURNED_RESULTS);
    static final Measure COMPENSATION = new Measure("compensation", CONVICTION_REVIEWS,
            "review_concluded_date", Aggregation.DECIMAL_SUM, OVERTURNED_RESULT, col("compensation_amount"),
            List.of("result", "compensation_amount"), Set.of(), OVERTURNED_RESULTS);

    private static Column outcomeIn(Set<String> codes) {
        return in(DEFENDANT_OUTCOMES.eventColumn(), codes);
    }

    private static Column in(String column, Set<String> codes) {
        return col(column).isin(codes.stream().sorted().toArray());
    }

    /** Defendants whose outcome is one of {@code codes} and who meet {@code also} (null: no more condition). */
    private static Measure outcomes(String name, Set<String> codes, Column also, String... moreColumns) {
        return coded(name, DEFENDANT_OUTCOMES, "concluded_date", codes, also, moreColumns);
    }

    /** Motions of the decisions {@code codes} (empty: any) meeting {@code also}, by the date column given. */
    private static Measure motions(String name, String dateColumn, Set<String> codes, Column also,
            String... moreColumns) {
        return coded(name, EXCLUSION_MOTIONS, dateColumn, codes, also, moreColumns);
    }

    /** Reviews with a result of {@code codes} meeting {@code also}, by review concluded date. */
    private static Measure reviews(String name, Set<String> codes, Column also, String... moreColumns) {
        return coded(name, CONVICTION_REVIEWS, "review_concluded_date", codes, also, moreColumns);
    }

    /**
     * Rows whose event column holds one of {@code codes} (empty: rows of any code) and that meet {@code also}; the
     * codes are also what a count table must publish for the measure ({@link Measure#codes}).
     */
    private static Measure coded(String name, Dataset dataset, String dateColumn, Set<String> codes, Column also,
            String... moreColumns) {
        String eventColumn = dataset.eventColumn();
        Column byCode = codes.isEmpty() ? lit(true) : in(eventColumn, codes);
        Column condition = also == null ? byCode : byCode.and(also);
        List<String> columns = new java.util.ArrayList<>(codes.isEmpty() ? List.of() : List.of(eventColumn));
        columns.addAll(List.of(moreColumns));
        return new Measure(name, dataset, dateColumn, Aggregation.ROWS, condition, null, columns, Set.of(), codes);
    }
}
