package org.judicialmetrics.metrics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.year;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.judicialmetrics.period.Era;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;

/**
 * Tags a row's period date, in Spark, with the keys of every period it counts in, so one {@code groupBy} aggregates
 * all period types at once. Each key is a struct {@code (type, label)}:
 * <ul>
 *   <li>the calendar period of the run's granularity;</li>
 *   <li>the era containing the date (none before the first era or in a gap);</li>
 *   <li>a {@value #CUMULATIVE_INCREMENT} key (the calendar label, only from the baseline on): the part of every
 *       cumulative period that calendar period contributes, which {@link AggregatedCounts#withCumulative} adds up
 *       for additive measures;</li>
 *   <li>only for rows a median (which does not add up) reads, a {@code cumulative} key for every cumulative period
 *       the row falls in: the expansion is limited to the few rows that need it.</li>
 * </ul>
 */
final class PeriodKeys {

    /** Key type of the part of a cumulative period contributed by one calendar period. */
    static final String CUMULATIVE_INCREMENT = "cumulative_increment";
    static final String TYPE = "type";
    static final String LABEL = "label";

    private final PeriodType granularity;
    private final List<Era> eras;
    private final LocalDate baseline;
    private final Period run;

    PeriodKeys(PeriodType granularity, List<Era> eras, LocalDate baseline, Period run) {
        this.granularity = granularity;
        this.eras = List.copyOf(eras);
        this.baseline = baseline;
        this.run = run;
    }

    /**
     * The array of period keys of the date; keys with a null label are to be dropped after exploding.
     *
     * @param needsExactCumulative true for rows a non-additive measure reads; null when the dataset has none
     */
    Column of(Column date, Column needsExactCumulative) {
        Column keys = ofLabels(calendarLabel(date), eraLabel(date), inBaseline(date));
        List<Column> ends = new ArrayList<>();
        for (Period p : run.since(baseline)) {
            ends.add(struct(lit(p.label()).as(LABEL), lit(p.end()).as("end")));
        }
        if (needsExactCumulative == null || ends.isEmpty()) {
            return keys;
        }
        Column containing = filter(array(ends.toArray(Column[]::new)), p -> p.getField("end").geq(date)
                .and(date.geq(lit(baseline))).and(coalesce(needsExactCumulative, lit(false))));
        return concat(keys, transform(containing, p -> key(PeriodType.CUMULATIVE.label(), p.getField(LABEL))));
    }

    /**
     * The additive period keys from what they are made of: a date's calendar label, its era label and whether it is on
     * or after the baseline. Rows pre-aggregated by these three expand into the same keys as their dates would.
     */
    Column ofLabels(Column calendar, Column era, Column inBaseline) {
        return array(key(granularity.label(), calendar), key(PeriodType.ERA.label(), era),
                key(CUMULATIVE_INCREMENT, when(inBaseline, calendar)));
    }

    /** Whether the date counts in cumulative periods (on or after the baseline). */
    Column inBaseline(Column date) {
        return date.geq(lit(baseline));
    }

    /** The label of the calendar period of the run's granularity containing the date, as {@link Period} writes it. */
    Column calendarLabel(Column date) {
        return labelOfCalendarNumber(calendarNumber(date));
    }

    /**
     * The calendar period containing the date as a number (year, year x 10 + quarter, year x 100 + month): what rows
     * are grouped by before their groups get labels, since a number is cheaper per row than text.
     */
    Column calendarNumber(Column date) {
        return switch (granularity) {
            case YEAR -> year(date);
            case QUARTER -> year(date).multiply(10).plus(quarter(date));
            case MONTH -> year(date).multiply(100).plus(month(date));
            default -> throw new IllegalArgumentException(granularity.label() + " is not a calendar granularity");
        };
    }

    /** The label, as {@link Period} writes it, of a {@link #calendarNumber}. */
    Column labelOfCalendarNumber(Column number) {
        return switch (granularity) {
            case YEAR -> lpad(number.cast("string"), 4, "0");
            case QUARTER -> concat(lpad(floor(number.divide(10)).cast("string"), 4, "0"), lit("-Q"),
                    pmod(number, lit(10)).cast("string"));
            case MONTH -> concat(lpad(floor(number.divide(100)).cast("string"), 4, "0"), lit("-"),
                    lpad(pmod(number, lit(100)).cast("string"), 2, "0"));
            default -> throw new IllegalArgumentException(granularity.label() + " is not a calendar granularity");
        };
    }

    /** The id of the era containing the date (null before the first era or in a gap). */
    Column eraLabel(Column date) {
        Column label = lit(null).cast("string");
        for (int i = eras.size() - 1; i >= 0; i--) {
            Era era = eras.get(i);
            Column inside = lit(true);
            if (era.start() != null) {
                inside = inside.and(date.geq(lit(era.start())));
            }
            if (era.end() != null) {
                inside = inside.and(date.leq(lit(era.end())));
            }
            label = when(inside, lit(era.id())).otherwise(label);
        }
        return label;
    }

    private static Column key(String type, Column label) {
        return struct(lit(type).as(TYPE), label.as(LABEL));
    }
}
