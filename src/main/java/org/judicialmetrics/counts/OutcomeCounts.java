package org.judicialmetrics.counts;

import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.ColumnType;
import org.judicialmetrics.model.CountTableSchema;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.model.DatasetSchema;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;
import org.judicialmetrics.util.Text;

/**
 * An {@code outcome_counts} table (spec section 2.4) turned into rows of the canonical datasets its measures count
 * ({@link CountMeasure}: outcomes, motions' decisions, reviews' results), each standing for {@code count} records
 * ({@link Measure#WEIGHT}), so the metric engine computes rates, intervals and flags from counts exactly as from
 * case-level data; plus its {@link CountCoverage}: what the table publishes, so a figure it does not give is
 * {@code x}, never zero. A row counts from its period's first day: in era comparisons a year that spans a reform
 * date counts in the era it starts in.
 *
 * <p>A total ({@code ADJUDICATED}, {@code DECIDED}, {@code REVIEWED}) is not added to the codes it is made of: the
 * part of it the table does not give code by code stands as one row of the first code it leaves out. The same count
 * given twice for a period and cell (by two sources) counts once; two different counts stop the run.
 */
public final class OutcomeCounts {

    private OutcomeCounts() {
    }

    /** The schema of a dataset's rows made from counts: the job's typed columns plus the records each row stands for. */
    static StructType schema(DatasetSchema dataset) {
        return dataset.typedSchema().add(Measure.WEIGHT, DataTypes.LongType, false);
    }

    /**
     * The job's columns of the datasets a count table counts, and the jurisdiction of rows that give none (null: left
     * empty).
     */
    public record Shape(java.util.function.Function<Dataset, DatasetSchema> schemas, String jurisdiction) {
        /** The canonical datasets, no default jurisdiction. */
        public static final Shape CANONICAL = new Shape(DatasetSchema::canonical, null);

        /** The shape of a job's model. */
        public static Shape of(org.judicialmetrics.spec.JobModel model) {
            return new Shape(model::schema, model.jurisdiction());
        }
    }

    /**
     * The table as weighted rows per dataset and what it covers.
     *
     * @param frames   weighted rows of each dataset the table counts
     * @param coverage what the table publishes, per period
     * @param source   the file as read (rows, drops, ignored columns)
     * @param rows     how many of the file's rows count each dataset
     * @param latest   the first day of the latest period each dataset is counted in: how far the table reaches
     */
    public record Table(Map<Dataset, org.apache.spark.sql.Dataset<Row>> frames, CountCoverage coverage,
                        CountTableFile source, Map<Dataset, Long> rows, Map<Dataset, java.time.LocalDate> latest) {
    }

    /** One checked row: where it breaks down, what it counts, how many, and what it was published as. */
    private record Count(CountTableFile.CountRecord record, Period period, Map<String, String> breakdown,
                         CountMeasure measure, long count, String basis) {
    }

    /**
     * Checks the table and builds its rows: every problem stops the run (exit 2) naming the file, the line and the
     * field.
     *
     * @param granularity the job's period type; every {@code period} must be one
     */
    public static Table read(SparkSession spark, CountTableFile file, PeriodType granularity, Shape shape) {
        List<Count> counts = new ArrayList<>();
        for (CountTableFile.CountRecord r : file.records()) {
            counts.add(check(file, r, granularity, shape));
        }
        checkLevels(file, counts);
        Map<String, List<Count>> cells = new LinkedHashMap<>();
        for (Count c : counts) {
            cells.computeIfAbsent(c.measure().dataset() + "|" + c.period().label() + "|" + c.breakdown(),
                    k -> new ArrayList<>()).add(c);
        }
        Map<Dataset, List<Row>> rows = new EnumMap<>(Dataset.class);
        for (List<Count> cell : cells.values()) {
            rows.computeIfAbsent(cell.get(0).measure().dataset(), d -> new ArrayList<>()).addAll(rows(file, cell, shape));
        }
        Map<Dataset, org.apache.spark.sql.Dataset<Row>> frames = new EnumMap<>(Dataset.class);
        rows.forEach((d, r) -> frames.put(d, spark.createDataFrame(r, schema(shape.schemas().apply(d)))));
        Map<Dataset, Long> perDataset = new EnumMap<>(Dataset.class);
        Map<Dataset, java.time.LocalDate> latest = new EnumMap<>(Dataset.class);
        for (Count c : counts) {
            perDataset.merge(c.measure().dataset(), 1L, Long::sum);
            latest.merge(c.measure().dataset(), c.period().start(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return new Table(frames, CountCoverage.of(granularity, published(counts), filledColumns(counts)), file,
                perDataset, latest);
    }

    private static Count check(CountTableFile file, CountTableFile.CountRecord r, PeriodType granularity,
            Shape shape) {
        Period period;
        String text = r.required(file.file(), "period");
        try {
            period = Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(r.where(file.file(), "period") + ": " + e.getMessage());
        }
        if (period.type() != granularity) {
            throw new InputException(r.where(file.file(), "period") + ": '" + period.label() + "' is a "
                    + period.type().label() + "; this job counts by " + granularity.label());
        }
        String name = r.required(file.file(), "measure");
        CountMeasure measure = CountMeasure.byName(name).orElseThrow(() -> new InputException(
                r.where(file.file(), "measure") + ": '" + name + "' is not an outcome or event code; allowed: "
                        + String.join(", ", CountMeasure.names())));
        long count = (long) r.count(file.file(), true);
        Map<String, String> breakdown = new TreeMap<>();
        DatasetSchema counted = shape.schemas().apply(measure.dataset());
        for (String column : file.breakdowns()) {
            String v = Text.blankToNull(r.get(column));
            if (v == null) {
                continue;
            }
            Column c = shape.schemas().apply(Dataset.DEFENDANT_OUTCOMES).column(column).orElseThrow();
            if (c.type() == ColumnType.CODE && !c.codes().contains(v)) {
                throw new InputException(r.where(file.file(), column) + ": '" + v + "' is not one of " + c.codes());
            }
            if (counted.column(column).isEmpty()) {
                throw new InputException(r.where(file.file(), column) + ": " + measure.dataset().id()
                        + " (measure " + name + ") has no column " + column + "; leave it empty on this row");
            }
            breakdown.put(column, v);
        }
        String basis = Text.blankToNull(r.get("definition"));
        return new Count(r, period, breakdown, measure, count, basis != null ? basis : Text.blankToNull(r.get("source")));
    }

    /** A dataset's counts of a period are given at one level: national totals beside regional rows would count twice. */
    private static void checkLevels(CountTableFile file, List<Count> counts) {
        Map<String, Count> first = new HashMap<>();
        for (Count c : counts) {
            Count earlier = first.putIfAbsent(c.measure().dataset() + "|" + c.period().label(), c);
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

    /** The weighted rows of one dataset, period and breakdown cell, with a total's remainder. */
    private static List<Row> rows(CountTableFile file, List<Count> cell, Shape shape) {
        Map<String, Count> byMeasure = new LinkedHashMap<>();
        for (Count c : cell) {
            Count twice = byMeasure.putIfAbsent(c.measure().name(), c);
            if (twice != null && twice.count() != c.count()) {
                throw new InputException(file.file() + ": lines " + twice.record().line() + " and "
                        + c.record().line() + ": " + c.measure().name() + " in " + c.period().label()
                        + (c.breakdown().isEmpty() ? "" : " " + c.breakdown()) + " is given twice, as "
                        + twice.count() + " and " + c.count()
                        + "; keep one (a mapping can drop the other with a stated reason)");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Count c : byMeasure.values()) {
            if (!c.measure().total()) {
                rows.add(row(c, c.measure().codes().stream().findFirst().orElse(null), c.count(), shape));
                continue;
            }
            List<String> codes = c.measure().codes().stream().sorted().toList();
            long parts = codes.stream().map(byMeasure::get).filter(java.util.Objects::nonNull)
                    .mapToLong(Count::count).sum();
            long remainder = c.count() - parts;
            // the remainder stands as one code the cell does not give; which one changes no figure computed, as a
            // figure is computed only from measures every cell gives (see published)
            Optional<String> missing = codes.stream().filter(code -> !byMeasure.containsKey(code)).findFirst();
            if (remainder < 0 || (missing.isEmpty() && remainder != 0)) {
                throw new InputException(c.record().where(file.file(), "count") + ": " + c.measure().name() + " "
                        + c.count() + " in " + c.period().label() + " does not match its parts given in the table ("
                        + parts + ")");
            }
            if (remainder > 0) {
                rows.add(row(c, missing.orElseThrow(), remainder, shape));
            }
        }
        return rows;
    }

    private static Row row(Count c, String code, long weight, Shape shape) {
        Dataset dataset = c.measure().dataset();
        List<Column> columns = shape.schemas().apply(dataset).columns();
        String event = dataset.eventColumn();
        Object[] out = new Object[columns.size() + 1];
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).name();
            if (name.equals(dataset.idColumn())) {
                out[i] = CountTableSchema.ID + ":" + c.record().line() + ":" + code;
            } else if (name.equals(c.measure().dateColumn())) {
                out[i] = Date.valueOf(c.period().start());
            } else if (name.equals(event)) {
                out[i] = code;
            } else if (name.equals("jurisdiction")) {
                out[i] = c.breakdown().getOrDefault(name, shape.jurisdiction());
            } else {
                out[i] = c.breakdown().get(name);
            }
        }
        out[columns.size()] = weight;
        return RowFactory.create(out);
    }

    /**
     * Period label -> count measure published -> the bases (definition or source) of its rows. A measure counts as
     * published in a period only when every breakdown cell of its dataset there gives it: a cell that leaves it out
     * has not published it, whatever the other cells give.
     */
    private static Map<String, Map<CountMeasure, Set<String>>> published(List<Count> counts) {
        Map<String, Set<Map<String, String>>> cells = new HashMap<>();
        Map<String, Set<Map<String, String>>> cellsGiving = new HashMap<>();
        Map<String, Map<CountMeasure, Set<String>>> published = new TreeMap<>();
        for (Count c : counts) {
            String dataset = c.period().label() + "|" + c.measure().dataset();
            cells.computeIfAbsent(dataset, k -> new HashSet<>()).add(c.breakdown());
            cellsGiving.computeIfAbsent(dataset + "|" + c.measure().name(), k -> new HashSet<>()).add(c.breakdown());
            Set<String> bases = published.computeIfAbsent(c.period().label(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(c.measure(), k -> new TreeSet<>());
            if (c.basis() != null) {
                bases.add(c.basis());
            }
        }
        published.forEach((period, measures) -> measures.keySet().removeIf(m -> !cellsGiving
                .get(period + "|" + m.dataset() + "|" + m.name()).equals(cells.get(period + "|" + m.dataset()))));
        return published;
    }

    /** Dataset -> the columns its rows fill from the table (its event column and the breakdowns given). */
    private static Map<Dataset, Set<String>> filledColumns(List<Count> counts) {
        Map<Dataset, Set<String>> columns = new EnumMap<>(Dataset.class);
        for (Count c : counts) {
            Set<String> filled = columns.computeIfAbsent(c.measure().dataset(),
                    d -> new TreeSet<>(List.of(d.eventColumn())));
            filled.addAll(c.breakdown().keySet());
        }
        return columns;
    }
}
