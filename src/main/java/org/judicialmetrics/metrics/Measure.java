package org.judicialmetrics.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.judicialmetrics.model.Dataset;

/**
 * One aggregated quantity that metrics are made of (e.g. adjudicated defendants): which dataset's rows it counts,
 * which date puts a row into a period, which rows qualify, and how they are aggregated. Metrics sharing a measure
 * (every outcome rate divides by adjudicated) share its aggregate, so a dataset is scanned once.
 *
 * @param name        the aggregate's column name in the aggregated table, unique in the registry
 * @param dataset     whose rows are counted; its breakdowns apply
 * @param dateColumn  the date deciding the period of a row for this measure (rows without it are not counted)
 * @param aggregation how qualifying rows are aggregated
 * @param condition   which rows qualify (null-safe: a null condition does not qualify)
 * @param value       what is summed or whose median is taken; null for {@link Aggregation#ROWS}
 * @param columns     the canonical columns the condition and value read
 * @param links       other datasets the condition reads through {@link CaseLinks}; absent ones make the metric x
 * @param codes       the codes of the dataset's event column (such as {@code outcome}) whose rows can qualify; a count
 *                    table gives the measure only where it publishes each of them. Empty: rows of any code qualify
 */
public record Measure(String name, Dataset dataset, String dateColumn, Aggregation aggregation, Column condition,
        Column value, List<String> columns, Set<Dataset> links, Set<String> codes) {

    /** Suffix of the number of rows with a value (sums and medians), used for {@code x}, {@code z} and {@code u}. */
    public static final String OBSERVED = "__observed";
    /** Suffix of the number of qualifying rows of a decimal sum, with or without a value. */
    public static final String QUALIFYING = "__rows";
    /**
     * Optional column of the rows of a count table: how many records one row stands for (rows of case-level data
     * stand for one each). Row counts are sums of it, so counts and microdata take the same path.
     */
    public static final String WEIGHT = "_records";

    public Measure {
        columns = List.copyOf(columns);
        links = Set.copyOf(links);
        codes = Set.copyOf(codes);
    }

    /** How qualifying rows become one figure per period and breakdown value. */
    public enum Aggregation {
        /** The number of qualifying rows. */
        ROWS,
        /** The sum of a whole-number column over qualifying rows, null counting as 0. */
        INTEGER_SUM,
        /** The sum of a decimal column over qualifying rows with a value. */
        DECIMAL_SUM,
        /**
         * The exact median (average of the two middle values) over qualifying rows with a value; computed by
         * {@link DatasetAggregation} by ranking, as {@link #aggregates} gives only the number of observations.
         */
        MEDIAN;

        /** Additive aggregates of periods add up to the aggregate of their union; medians do not. */
        public boolean additive() {
            return this != MEDIAN;
        }
    }

    /**
     * The Spark aggregate expressions of this measure, each aliased by its column name in the aggregated table; for a
     * median only its number of observations.
     *
     * @param records how many records a row stands for: {@code lit(1L)} for case-level rows, {@link #WEIGHT} for counts
     */
    public List<Column> aggregates(Column qualifies, Column records) {
        Column rows = sum(when(qualifies, records).otherwise(lit(0L)));
        return switch (aggregation) {
            case ROWS -> List.of(rows.as(name));
            case INTEGER_SUM -> List.of(
                    sum(when(qualifies, coalesce(value, lit(0)).cast("bigint")).otherwise(lit(0L))).as(name));
            case DECIMAL_SUM -> List.of(
                    sum(when(qualifies, value)).as(name),
                    rows.as(name + QUALIFYING),
                    count(when(qualifies, value)).as(name + OBSERVED));
            case MEDIAN -> List.of(count(when(qualifies, value)).as(name + OBSERVED));
        };
    }

    /** Every column name {@link #aggregates} produces. */
    public List<String> aggregateNames() {
        return switch (aggregation) {
            case ROWS, INTEGER_SUM -> List.of(name);
            case DECIMAL_SUM -> List.of(name, name + QUALIFYING, name + OBSERVED);
            case MEDIAN -> List.of(name, name + OBSERVED);
        };
    }
}
