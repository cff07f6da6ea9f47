package org.judicialmetrics.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.judicialmetrics.model.ColumnType;
import org.judicialmetrics.model.Dataset;

/**
 * A column metric conditions and values may read that no input has: computed from a row's own columns or from its
 * links to another dataset ({@link CaseLinks}). A metric reading a linked column is {@code x} without that dataset.
 *
 * @param name    the name conditions and values use
 * @param dataset whose rows have it
 * @param type    its type ({@code BOOLEAN} columns take conditions {@code ["true"]} or {@code ["false"]})
 * @param inputs  the input columns it is computed from (what a count table would have to give)
 * @param links   the datasets it is linked through
 * @param meaning what it says, for messages and documentation
 * @param expression its value in Spark (a linked column is read as attached by {@link CaseLinks})
 */
public record DerivedColumn(String name, Dataset dataset, ColumnType type, List<String> inputs, Set<Dataset> links,
        String meaning, Column expression) {

    /** Days per year when converting durations to years. */
    static final double DAYS_PER_YEAR = 365.25;

    public static final List<DerivedColumn> ALL = List.of(
            new DerivedColumn(CaseLinks.HAS_MOTION, Dataset.DEFENDANT_OUTCOMES, ColumnType.BOOLEAN,
                    List.of("case_id", "defendant_ref"), Set.of(Dataset.EXCLUSION_MOTIONS),
                    "a motion of the same case and defendant was filed on or before the concluded date",
                    col(CaseLinks.HAS_MOTION)),
            new DerivedColumn(CaseLinks.CASE_HAS_GRANTED_MOTION, Dataset.DEFENDANT_OUTCOMES, ColumnType.BOOLEAN,
                    List.of("case_id"), Set.of(Dataset.EXCLUSION_MOTIONS),
                    "a motion of the same case was granted in whole or part on or before the concluded date",
                    col(CaseLinks.CASE_HAS_GRANTED_MOTION)),
            new DerivedColumn("years_to_correction", Dataset.CONVICTION_REVIEWS, ColumnType.DECIMAL,
                    List.of("original_conviction_date", "review_concluded_date"), Set.of(),
                    "years (days / 365.25) from the original conviction to the review's conclusion",
                    datediff(col("review_concluded_date"), col("original_conviction_date"))
                            .divide(lit(DAYS_PER_YEAR))));

    public static Optional<DerivedColumn> of(Dataset dataset, String name) {
        return ALL.stream().filter(d -> d.dataset == dataset && d.name.equals(name)).findFirst();
    }
}
