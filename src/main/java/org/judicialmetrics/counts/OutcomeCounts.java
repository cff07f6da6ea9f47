package org.judicialmetrics.counts;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.judicialmetrics.ingest.InputException;
import org.judicialmetrics.metrics.Measure;
import org.judicialmetrics.model.Codes.Outcome;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.ColumnType;
import org.judicialmetrics.model.CountTableSchema;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;
import org.judicialmetrics.util.Text;

/**
 * An {@code outcome_counts} table (spec section 2.4) turned into rows of {@code defendant_outcomes} that each stand for
 * {@code count} defendants ({@link Measure#WEIGHT}), so the metric engine computes rates, intervals and flags from
 * counts exactly as from case-level data, plus its {@link CountCoverage}: what the table publishes, so a figure it
 * does not give is {@code x}, never zero. A row's period counts from its first day: in era comparisons a year that
 * spans a reform date counts in the era it starts in.
 *
 * <p>{@code measure} is an outcome code, or {@value #ADJUDICATED} for a published total of adjudicated defendants
 * (convicted, acquitted, exempt, not criminally liable): the part of that total the table does not give by outcome
 * stands as one row of the first adjudicated outcome it leaves out, and only measures the table gives in full are
 * computed. The same count given twice for a period and cell (by two sources) counts once; two different counts
 * stop the run.
 */
public final class OutcomeCounts {

    /** The measure of a published total of adjudicated defendants. */
    public static final String ADJUDICATED = "ADJUDICATED";
    /** The order in which an adjudicated total's remainder is given an outcome: the first one not published. */
    private static final List<Outcome> REMAINDER_ORDER = List.of(Outcome.CONVICTED, Outcome.EXEMPT_FROM_PUNISHMENT,
            Outcome.NOT_CRIMINALLY_LIABLE, Outcome.ACQUITTED);

    private OutcomeCounts() {
    }

    /** The schema of the rows: the typed canonical outcome columns plus the number of defendants each stands for. */
    public static StructType schema() {
        return Dataset.DEFENDANT_OUTCOMES.typedSchema().add(Measure.WEIGHT, DataTypes.LongType, false);
    }

    /**
     * The table as weighted outcome rows and what it covers.
     *
     * @param frame    weighted {@code defendant_outcomes} rows
     * @param coverage what the table publishes, per period
     * @param source   the file as read (rows, drops, ignored columns)
     */
    public record Table(org.apache.spark.sql.Dataset<Row> frame, CountCoverage coverage, CountTableFile source) {
    }

    /** One checked row: where it breaks down, what it counts, how many, and what it was published as. */
    private record Count(CountTableFile.CountRecord record, Period period, Map<String, String> breakdown,
                         String measure, long count, String basis) {
    }

    /**
     * Checks the table and builds its rows: every problem stops the run (exit 2) naming the file, the line and the
     * field.
     *
     * @param granularity the job's period type; every {@code period} must be one
     */
    public static Table read(SparkSession spark, CountTableFile file, PeriodType granularity) {
        List<Count> counts = new ArrayList<>();
        for (CountTableFile.CountRecord r : file.records()) {
            counts.add(check(file, r, granularity));
        }
        checkLevels(file, counts);
        Map<String, List<Count>> cells = new LinkedHashMap<>();
        for (Count c : counts) {
            cells.computeIfAbsent(c.period().label() + "|" + c.breakdown(), k -> new ArrayList<>()).add(c);
        }
        List<Row> rows = new ArrayList<>();
        for (List<Count> cell : cells.values()) {
            rows.addAll(rows(file, cell));
        }
        return new Table(spark.createDataFrame(rows, schema()), CountCoverage.of(granularity, measuresByPeriod(counts),
                filledColumns(counts)), file);
    }

    private static Count check(CountTableFile file, CountTableFile.CountRecord r, PeriodType granularity) {
        Period period;
        String text = require(file, r, "period");
        try {
            period = Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(r.where(file.file(), "period") + ": " + e.getMessage());
        }
        if (period.type() != granularity) {
            throw new InputException(r.where(file.file(), "period") + ": '" + period.label() + "' is a "
                    + period.type().label() + "; this job counts by " + granularity.label());
        }
        String measure = require(file, r, "measure");
        if (!measure.equals(ADJUDICATED) && Arrays.stream(Outcome.values()).noneMatch(o -> o.name().equals(measure))) {
            throw new InputException(r.where(file.file(), "measure") + ": '" + measure + "' is not an outcome code or "
                    + ADJUDICATED + "; allowed: " + Arrays.toString(Outcome.values()) + ", " + ADJUDICATED);
        }
        String countText = require(file, r, "count");
        long count;
        try {
            count = Long.parseLong(countText.replace(",", ""));
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 0) {
            throw new InputException(r.where(file.file(), "count") + ": '" + countText + "' is not a whole number >= 0");
        }
        Map<String, String> breakdown = new TreeMap<>();
        for (String name : CountTableSchema.BREAKDOWN_COLUMNS) {
            String v = Text.blankToNull(r.get(name));
            Column c = CountTableSchema.column(name).orElseThrow();
            if (v != null && c.type() == ColumnType.CODE && !c.codes().contains(v)) {
                throw new InputException(r.where(file.file(), name) + ": '" + v + "' is not one of " + c.codes());
            }
            if (v != null) {
                breakdown.put(name, v);
            }
        }
        String basis = Text.blankToNull(r.get("definition"));
        return new Count(r, period, breakdown, measure, count, basis != null ? basis : Text.blankToNull(r.get("source")));
    }

    private static String require(CountTableFile file, CountTableFile.CountRecord r, String field) {
        String v = Text.blankToNull(r.get(field));
        if (v == null) {
            throw new InputException(r.where(file.file(), field) + ": missing (a figure not published is left out"
                    + " of the table, never written as 0)");
        }
        return v.strip();
    }

    /** A period's counts are given at one level: national totals beside regional rows would count twice. */
    private static void checkLevels(CountTableFile file, List<Count> counts) {
        Map<String, Count> first = new HashMap<>();
        for (Count c : counts) {
            String key = c.period().label();
            Count earlier = first.putIfAbsent(key, c);
            if (earlier != null && !earlier.breakdown().keySet().equals(c.breakdown().keySet())) {
                throw new InputException(file.file() + ": lines " + earlier.record().line() + " and "
                        + c.record().line() + ": " + c.period().label() + " is given by "
                        + describe(earlier.breakdown().keySet()) + " and by " + describe(c.breakdown().keySet())
                        + "; give every count of a period at one level, or the totals would count twice");
            }
        }
    }

    private static String describe(Set<String> columns) {
        return columns.isEmpty() ? "the total" : String.join(", ", columns);
    }

    /** The weighted rows of one period and breakdown cell, with an adjudicated total's remainder. */
    private static List<Row> rows(CountTableFile file, List<Count> cell) {
        Map<String, Count> byMeasure = new LinkedHashMap<>();
        for (Count c : cell) {
            Count twice = byMeasure.putIfAbsent(c.measure(), c);
            if (twice != null && twice.count() != c.count()) {
                throw new InputException(file.file() + ": lines " + twice.record().line() + " and "
                        + c.record().line() + ": " + c.measure() + " in " + c.period().label()
                        + (c.breakdown().isEmpty() ? "" : " " + c.breakdown()) + " is given twice, as "
                        + twice.count() + " and " + c.count()
                        + "; keep one (a mapping can drop the other with a stated reason)");
            }
        }
        List<Row> rows = new ArrayList<>();
        byMeasure.values().stream().filter(c -> !c.measure().equals(ADJUDICATED))
                .forEach(c -> rows.add(row(c, c.measure(), c.count())));
        Count total = byMeasure.get(ADJUDICATED);
        if (total != null) {
            long parts = REMAINDER_ORDER.stream().map(o -> byMeasure.get(o.name())).filter(java.util.Objects::nonNull)
                    .mapToLong(Count::count).sum();
            long remainder = total.count() - parts;
            java.util.Optional<Outcome> missing = REMAINDER_ORDER.stream()
                    .filter(o -> !byMeasure.containsKey(o.name())).findFirst();
            if (remainder < 0 || (missing.isEmpty() && remainder != 0)) {
                throw new InputException(total.record().where(file.file(), "count") + ": " + ADJUDICATED + " "
                        + total.count() + " in " + total.period().label() + " does not match its outcomes given in"
                        + " the table (" + parts + ")");
            }
            if (remainder > 0) {
                rows.add(row(total, missing.orElseThrow().name(), remainder));
            }
        }
        return rows;
    }

    private static Row row(Count c, String outcome, long weight) {
        List<Column> columns = Dataset.DEFENDANT_OUTCOMES.columns();
        Object[] out = new Object[columns.size() + 1];
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).name();
            out[i] = switch (name) {
                case "record_id", "case_id" -> CountTableSchema.ID + ":" + c.record().line() + ":" + outcome;
                case "concluded_date" -> Date.valueOf(c.period().start());
                case "outcome" -> outcome;
                case "jurisdiction" -> c.breakdown().getOrDefault(name, "CN");
                default -> c.breakdown().get(name);
            };
        }
        out[columns.size()] = weight;
        return RowFactory.create(out);
    }

    /** Period label -> measure -> the bases (definition or source) of its rows, for {@link CountCoverage}. */
    private static Map<String, Map<String, Set<String>>> measuresByPeriod(List<Count> counts) {
        Map<String, Map<String, Set<String>>> published = new TreeMap<>();
        for (Count c : counts) {
            Set<String> bases = published.computeIfAbsent(c.period().label(), k -> new TreeMap<>())
                    .computeIfAbsent(c.measure(), k -> new TreeSet<>());
            if (c.basis() != null) {
                bases.add(c.basis());
            }
        }
        return published;
    }

    private static Set<String> filledColumns(List<Count> counts) {
        Set<String> columns = new TreeSet<>(List.of("outcome"));
        counts.forEach(c -> columns.addAll(c.breakdown().keySet()));
        return columns;
    }
}
