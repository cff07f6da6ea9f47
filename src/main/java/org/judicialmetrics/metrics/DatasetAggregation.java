package org.judicialmetrics.metrics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;

/**
 * One dataset's single aggregation pass: every row is expanded into one event per period date its measures use (a
 * motion is counted as filed by its filed date and as decided by its decided date), each event into every period
 * key ({@link PeriodKeys}) and every breakdown value, and a {@code groupBy} computes all measures with conditional
 * aggregates. Where every measure is additive (no median), events are first aggregated by what decides their cells
 * (calendar period, era, baseline, breakdown columns), so the expansion works on groups rather than on rows.
 *
 * <p>Medians are exact: within each cell the qualifying values are ranked ({@code row_number} over the value) and the
 * middle one, or the average of the two middle ones, is kept. This branch reads the same expanded rows and is joined
 * to the counts by cell, in the same query. It replaces Spark's {@code median}/{@code percentile} aggregates, which
 * keep a buffer object per group and fall back to slow sort-based aggregation once a task sees more than 128 groups,
 * as the cumulative periods of a monthly job make them do.
 *
 * <p>Exactly one Spark action: the collect of the (small) aggregated table.
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
    private static final String MEDIAN_INPUT = "_value";
    private static final String RANK = "_rank";
    private static final String OBSERVATIONS = "_observations";
    private static final String CALENDAR = "_calendar";
    private static final String ERA = "_era";
    private static final String IN_BASELINE = "_in_baseline";
    private static final String[] CELL = {"period_type", "period_label", "breakdown", "breakdown_value"};

    /** Aggregates the measures over the dataset's rows whose period date is on or before {@code lastDay}. */
    static AggregatedCounts aggregate(List<Breakdown> breakdowns, Dataset<Row> rows,
            List<Measure> measures, PeriodKeys periodKeys, LocalDate lastDay) {
        Column date = col(EVENT + "." + DATE);
        Column dateColumn = col(EVENT + "." + DATE_COLUMN);
        List<Measure> medians = measures.stream().filter(m -> !m.aggregation().additive()).toList();
        Column needsExactCumulative = medians.stream().map(m -> qualifies(m, dateColumn).and(m.value().isNotNull()))
                .reduce(Column::or).orElse(null);
        Column[] dated = measures.stream().map(Measure::dateColumn).distinct()
                .map(c -> struct(lit(c).as(DATE_COLUMN), col(c).as(DATE))).toArray(Column[]::new);
        // one event per row where every measure reads the same date (no generator runs then)
        Dataset<Row> events = rows
                .withColumn(EVENT, dated.length == 1 ? dated[0] : explode(array(dated)))
                .where(date.isNotNull().and(date.leq(lit(lastDay))));
        Column records = List.of(rows.columns()).contains(Measure.WEIGHT) ? col(Measure.WEIGHT).cast("bigint") : lit(1L);
        if (medians.isEmpty()) {
            return toCounts(preAggregated(breakdowns, events, measures, periodKeys, records).collectAsList(),
                    measures);
        }
        Dataset<Row> cells = cells(events, periodKeys.of(date, needsExactCumulative), breakdowns);
        List<Column> aggregates = new ArrayList<>();
        measures.forEach(m -> aggregates.addAll(m.aggregates(qualifies(m, dateColumn), records)));
        Dataset<Row> aggregated = cells.groupBy(Arrays.stream(CELL).map(functions::col).toArray(Column[]::new))
                .agg(min(date).as(EARLIEST), aggregates.toArray(Column[]::new));
        for (Measure m : medians) {
            aggregated = aggregated.join(exactMedian(cells, m, qualifies(m, dateColumn)), CELL, "left");
        }
        return toCounts(aggregated.collectAsList(), measures);
    }

    /**
     * The additive measures in two steps: first aggregated by what decides a row's cells (its calendar period, era,
     * whether it is on or after the baseline, and its breakdown columns; each measure's partial aggregate counts only
     * events of its own date column), then each group expanded into its period keys and breakdown values and aggregated
     * again. Every aggregate is a sum or a count, so adding the groups'
     * partial figures gives the figures of their rows; the expansion works on far fewer rows than the data has.
     */
    private static Dataset<Row> preAggregated(List<Breakdown> breakdowns, Dataset<Row> events, List<Measure> measures,
            PeriodKeys periodKeys, Column records) {
        Column date = col(EVENT + "." + DATE);
        Column dateColumn = col(EVENT + "." + DATE_COLUMN);
        List<Column> keys = new ArrayList<>(List.of(periodKeys.calendarNumber(date).as(CALENDAR),
                periodKeys.eraLabel(date).as(ERA), periodKeys.inBaseline(date).as(IN_BASELINE)));
        breakdowns.stream().filter(b -> !b.total()).map(Breakdown::id).distinct().forEach(id -> keys.add(col(id)));
        List<Column> partial = new ArrayList<>();
        List<String> names = new ArrayList<>();
        measures.forEach(m -> {
            partial.addAll(m.aggregates(qualifies(m, dateColumn), records));
            names.addAll(m.aggregateNames());
        });
        Dataset<Row> groups = events.groupBy(keys.toArray(Column[]::new))
                .agg(min(date).as(EARLIEST), partial.toArray(Column[]::new));
        Dataset<Row> cells = cells(groups, periodKeys.ofLabels(periodKeys.labelOfCalendarNumber(col(CALENDAR)),
                col(ERA), col(IN_BASELINE)), breakdowns);
        return cells.groupBy(Arrays.stream(CELL).map(functions::col).toArray(Column[]::new))
                .agg(min(col(EARLIEST)).as(EARLIEST), names.stream().map(n -> sum(col(n)).as(n)).toArray(Column[]::new));
    }

    /** Each row once per period key and breakdown value it counts under, with the cell columns set. */
    private static Dataset<Row> cells(Dataset<Row> rows, Column periodKeys, List<Breakdown> breakdowns) {
        return rows
                .withColumn(PERIOD, explode(periodKeys))
                .where(col(PERIOD + "." + PeriodKeys.LABEL).isNotNull())
                .withColumn(BREAKDOWN, explode(breakdownValues(breakdowns)))
                .withColumn(CELL[0], col(PERIOD + "." + PeriodKeys.TYPE))
                .withColumn(CELL[1], col(PERIOD + "." + PeriodKeys.LABEL))
                .withColumn(CELL[2], col(BREAKDOWN + "." + BREAKDOWN_NAME))
                .withColumn(CELL[3], col(BREAKDOWN + "." + BREAKDOWN_VALUE));
    }

    private static Column qualifies(Measure m, Column dateColumn) {
        return m.condition().and(dateColumn.equalTo(lit(m.dateColumn())));
    }

    /** Per cell, the median of the measure's value over qualifying rows: the middle value or the mean of the two. */
    private static Dataset<Row> exactMedian(Dataset<Row> cells, Measure m, Column qualifies) {
        WindowSpec cell = Window.partitionBy(CELL[0], CELL[1], CELL[2], CELL[3]);
        Column n = col(OBSERVATIONS);
        return cells.where(qualifies.and(m.value().isNotNull())
                        .and(col(CELL[0]).notEqual(lit(PeriodKeys.CUMULATIVE_INCREMENT))))
                .select(col(CELL[0]), col(CELL[1]), col(CELL[2]), col(CELL[3]), m.value().as(MEDIAN_INPUT))
                .withColumn(RANK, row_number().over(cell.orderBy(MEDIAN_INPUT)))
                .withColumn(OBSERVATIONS, count(lit(1)).over(cell))
                .where(col(RANK).between(floor(n.plus(1).divide(2)), floor(n.plus(2).divide(2))))
                .groupBy(CELL[0], CELL[1], CELL[2], CELL[3])
                .agg(avg(MEDIAN_INPUT).as(m.name()));
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

    /** The array of (breakdown, value) structs a row counts under: {@code all} and each of the dataset's breakdowns. */
    private static Column breakdownValues(List<Breakdown> breakdowns) {
        List<Column> arrays = new ArrayList<>();
        for (Breakdown b : breakdowns) {
            if (b.total()) {
                arrays.add(array(breakdownValue(b, lit(Breakdown.TOTAL))));
            } else if (b.multiValued()) {
                arrays.add(multiValued(b));
            } else {
                arrays.add(array(breakdownValue(b, orUnknown(col(b.id())))));
            }
        }
        return concat(arrays.toArray(Column[]::new));
    }

    /** Each distinct non-empty value of a {@code ;}-separated column, or {@code unknown} when it has none. */
    private static Column multiValued(Breakdown b) {
        Column values = array_distinct(filter(transform(split(coalesce(col(b.id()), lit("")),
                Pattern.quote(org.judicialmetrics.model.Dataset.MULTI_VALUE_SEPARATOR)), v -> trim(v)),
                v -> v.notEqual(lit(""))));
        Column present = when(size(values).gt(0), values).otherwise(array(lit(Breakdown.UNKNOWN)));
        return transform(present, v -> breakdownValue(b, v));
    }

    private static Column breakdownValue(Breakdown breakdown, Column value) {
        return struct(lit(breakdown.id()).as(BREAKDOWN_NAME), value.as(BREAKDOWN_VALUE));
    }

    private static Column orUnknown(Column value) {
        return coalesce(when(trim(value).notEqual(lit("")), trim(value)), lit(Breakdown.UNKNOWN));
    }
}
