package org.judicialmetrics.metrics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One dataset's single aggregation pass: every row is expanded into one event per period date its measures use (a
 * motion is counted as filed by its filed date and as decided by its decided date), each event into every period
 * key ({@link PeriodKeys}) and every breakdown value, and one {@code groupBy} computes all measures with conditional
 * aggregates. Spark plans the expansion like {@code GROUPING SETS}: partial aggregation happens before the shuffle.
 * Exactly one Spark action: the collect of the (small) aggregated table.
 */
final class DatasetAggregation {
    private DatasetAggregation() {
    }

    private static final String EVENT = "_event";
    private static final String DATE_COLUMN = "date_column";
    private static final String DATE = "date";
    private static final String PERIOD = "_period";
    private static final String BREAKDOWN = "_breakdown";
    private static final String BREAKDOWN_NAME = "breakdown";
    private static final String BREAKDOWN_VALUE = "value";
    private static final String EARLIEST = "_earliest";

    /** Aggregates the measures over the dataset's rows whose period date is on or before {@code lastDay}. */
    static AggregatedCounts aggregate(org.judicialmetrics.model.Dataset dataset, Dataset<Row> rows,
            List<Measure> measures, PeriodKeys periodKeys, LocalDate lastDay) {
        boolean additive = measures.stream().allMatch(m -> m.aggregation().additive());
        Column date = col(EVENT + "." + DATE);
        Column dateColumn = col(EVENT + "." + DATE_COLUMN);
        Dataset<Row> events = rows
                .withColumn(EVENT, explode(array(measures.stream().map(Measure::dateColumn).distinct()
                        .map(c -> struct(lit(c).as(DATE_COLUMN), col(c).as(DATE))).toArray(Column[]::new))))
                .where(date.isNotNull().and(date.leq(lit(lastDay))))
                .withColumn(PERIOD, explode(periodKeys.of(date, !additive)))
                .where(col(PERIOD + "." + PeriodKeys.LABEL).isNotNull())
                .withColumn(BREAKDOWN, explode(breakdownValues(dataset)));
        List<Column> aggregates = new ArrayList<>();
        aggregates.add(min(date).as(EARLIEST));
        measures.forEach(m -> aggregates.addAll(
                m.aggregates(m.condition().and(dateColumn.equalTo(lit(m.dateColumn()))))));
        List<Row> collected = events
                .groupBy(col(PERIOD + "." + PeriodKeys.TYPE).as("period_type"),
                        col(PERIOD + "." + PeriodKeys.LABEL).as("period_label"),
                        col(BREAKDOWN + "." + BREAKDOWN_NAME).as("breakdown"),
                        col(BREAKDOWN + "." + BREAKDOWN_VALUE).as("breakdown_value"))
                .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new))
                .collectAsList();
        return toCounts(collected, measures);
    }

    private static AggregatedCounts toCounts(List<Row> collected, List<Measure> measures) {
        Map<CellKey, Map<String, Object>> cells = new HashMap<>();
        LocalDate earliest = null;
        for (Row r : collected) {
            CellKey key = new CellKey(r.getString(0), r.getString(1), r.getString(2), r.getString(3));
            LocalDate first = localDate(r.getAs(EARLIEST));
            earliest = earliest == null || first.isBefore(earliest) ? first : earliest;
            Map<String, Object> values = new LinkedHashMap<>();
            measures.forEach(m -> m.aggregateNames().forEach(name -> values.put(name, r.getAs(name))));
            cells.put(key, values);
        }
        return new AggregatedCounts(cells, earliest);
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** The array of (breakdown, value) structs a row counts under: {@code all} and each applicable breakdown. */
    private static Column breakdownValues(org.judicialmetrics.model.Dataset dataset) {
        List<Column> arrays = new ArrayList<>();
        for (Breakdown b : Breakdown.values()) {
            if (!b.appliesTo(dataset)) {
                continue;
            }
            if (b == Breakdown.ALL) {
                arrays.add(array(breakdownValue(b, lit(Breakdown.TOTAL))));
            } else if (b.multiValued()) {
                Column values = split(orUnknown(col(b.id())),
                        Pattern.quote(org.judicialmetrics.model.Dataset.MULTI_VALUE_SEPARATOR));
                arrays.add(array_distinct(transform(values, v -> breakdownValue(b, orUnknown(v)))));
            } else {
                arrays.add(array(breakdownValue(b, orUnknown(col(b.id())))));
            }
        }
        return concat(arrays.toArray(Column[]::new));
    }

    private static Column breakdownValue(Breakdown breakdown, Column value) {
        return struct(lit(breakdown.id()).as(BREAKDOWN_NAME), value.as(BREAKDOWN_VALUE));
    }

    private static Column orUnknown(Column value) {
        return coalesce(when(trim(value).notEqual(lit("")), trim(value)), lit(Breakdown.UNKNOWN));
    }
}
