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
import org.judicialmetrics.model.CodeSets;
import org.judicialmetrics.model.DatasetSchema;
import org.judicialmetrics.ingest.mapping.SourceMapping;
import org.judicialmetrics.validate.CheckResult;
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
    public record Shape(java.util.function.Function<Dataset, DatasetSchema> schemas, String jurisdiction,
                        CodeSets codes) {
        /** The shape of a job's model. */
        public static Shape of(org.judicialmetrics.spec.JobModel model) {
            return new Shape(model::schema, model.jurisdiction(), model.codes());
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
     * @param checks   the table's own checks (totals against their parts), for the quality gate and the manifest
     */
    public record Table(Map<Dataset, org.apache.spark.sql.Dataset<Row>> frames, CountCoverage coverage,
                        CountTableFile source, Map<Dataset, Long> rows, Map<Dataset, java.time.LocalDate> latest,
                        List<CheckResult> checks) {
    }

    /**
     * One checked row: where it breaks down, what it counts, how many, what it was published as (its definition, else
     * its source) and by whom.
     */
    private record Count(CountTableFile.CountRecord record, Period period, Map<String, String> breakdown,
                         CountMeasure measure, long count, String basis, String source) {

        /** The cell and measure it counts: rows with the same key are parts of one figure. */
        String key() {
            return measure.dataset() + "|" + period.label() + "|" + breakdown + "|" + measure.name();
        }

        Count plus(Count part) {
            return new Count(record, period, breakdown, measure, count + part.count, basis, source);
        }
    }

    /**
     * Checks the table and builds its rows: every problem stops the run (exit 2) naming the file, the line and the
     * field.
     *
     * @param granularity the job's period type; every {@code period} must be one
     */
    public static Table read(SparkSession spark, CountTableFile file, PeriodType granularity, Shape shape) {
        Map<String, CountMeasure> measures = CountMeasure.of(shape.codes());
        List<Count> read = new ArrayList<>();
        for (CountTableFile.CountRecord r : file.records()) {
            read.add(check(file, r, granularity, shape, measures));
        }
        PeriodType tableType = periodType(read, granularity);
        List<CheckResult> checks = new ArrayList<>();
        List<Count> counts = added(withoutTotals(file, read, checks));
        checkLevels(counts);
        Map<String, List<Count>> cells = new LinkedHashMap<>();
        for (Count c : counts) {
            cells.computeIfAbsent(c.measure().dataset() + "|" + c.period().label() + "|" + c.breakdown(),
                    k -> new ArrayList<>()).add(c);
        }
        Map<Dataset, List<Row>> rows = new EnumMap<>(Dataset.class);
        for (List<Count> cell : cells.values()) {
            rows.computeIfAbsent(cell.get(0).measure().dataset(), d -> new ArrayList<>()).addAll(rows(cell, shape));
        }
        Map<Dataset, org.apache.spark.sql.Dataset<Row>> frames = new EnumMap<>(Dataset.class);
        rows.forEach((d, r) -> frames.put(d, spark.createDataFrame(r, schema(shape.schemas().apply(d)))));
        Map<Dataset, Long> perDataset = new EnumMap<>(Dataset.class);
        Map<Dataset, java.time.LocalDate> latest = new EnumMap<>(Dataset.class);
        for (Count c : read) {
            perDataset.merge(c.measure().dataset(), 1L, Long::sum);
            latest.merge(c.measure().dataset(), c.period().start(), (a, b) -> a.isAfter(b) ? a : b);
        }
        Map<Dataset, Set<String>> unused = new EnumMap<>(Dataset.class);
        for (Dataset d : Dataset.values()) {
            unused.put(d, shape.codes().group(d.eventColumn(), CodeSets.UNUSED));
        }
        return new Table(frames, CountCoverage.of(granularity, tableType,
                published(counts, file.complete(), measures), filledColumns(counts), unused, measures.values()), file,
                perDataset, latest, checks);
    }

    /** The period type of the table's rows: one type, the job's or one that nests in it (months in a year job). */
    private static PeriodType periodType(List<Count> counts, PeriodType granularity) {
        PeriodType type = counts.isEmpty() ? granularity : counts.get(0).period().type();
        for (Count c : counts) {
            if (c.period().type() != type) {
                throw new InputException(counts.get(0).record().at() + " and " + c.record().at() + ": periods "
                        + counts.get(0).period().label() + " and " + c.period().label() + " are of two types; give a"
                        + " count table's rows by one period type");
            }
        }
        return type;
    }

    /**
     * Rows that a mapping's {@code totals} rule names (a National row beside its areas), checked against the sum of
     * the other rows of the same period, measure and other breakdown values, and left out where those parts are given:
     * a total is never counted twice. A mismatch is a failed check, or stops the run when the rule says {@code error}.
     */
    private static List<Count> withoutTotals(CountTableFile file, List<Count> counts, List<CheckResult> checks) {
        List<SourceMapping.TotalRule> rules = file.mapping().map(SourceMapping::totals).orElse(List.of());
        if (rules.isEmpty()) {
            return counts;
        }
        List<Count> out = new ArrayList<>(counts);
        for (SourceMapping.TotalRule rule : rules) {
            Map<String, Long> parts = new HashMap<>();
            List<Count> totals = new ArrayList<>();
            for (Count c : out) {
                String v = c.breakdown().get(rule.column());
                if (v != null && rule.values().contains(v)) {
                    totals.add(c);
                } else if (v != null) {
                    parts.merge(withoutColumn(c, rule.column()), c.count(), Long::sum);
                }
            }
            List<String> mismatches = new ArrayList<>();
            long checked = 0;
            for (Count t : totals) {
                Long sum = parts.get(withoutColumn(t, rule.column()));
                if (sum == null) {
                    continue;
                }
                checked++;
                out.remove(t);
                if (sum != t.count()) {
                    String what = t.record().where("count") + ": " + t.measure().name() + " " + t.count() + " in "
                            + t.period().label() + " (" + rule.column() + " " + t.breakdown().get(rule.column())
                            + ") is not the sum of its parts (" + sum + ")";
                    if ("error".equals(rule.mismatch())) {
                        throw new InputException(what);
                    }
                    mismatches.add(what);
                }
            }
            checks.add(new CheckResult("totals by " + rule.column() + " (" + String.join(", ", rule.values())
                    + ") equal their parts", mismatches.isEmpty(), mismatches.isEmpty()
                    ? checked + " totals checked against the sum of their parts and left out of the counts"
                    : mismatches.size() + " of " + checked + " totals differ from their parts; first: "
                            + mismatches.get(0)));
        }
        return out;
    }

    private static String withoutColumn(Count c, String column) {
        Map<String, String> rest = new TreeMap<>(c.breakdown());
        rest.remove(column);
        return c.measure().dataset() + "|" + c.period().label() + "|" + rest + "|" + c.measure().name();
    }

    /**
     * Rows of the same cell and measure are parts of one figure and are added (two source codes mapped to one code,
     * or rows of a column the job does not break down by); the same figure from two different {@code source}s is one
     * figure, or a conflict when they differ.
     */
    private static List<Count> added(List<Count> counts) {
        Map<String, Map<String, Count>> bySource = new LinkedHashMap<>();
        for (Count c : counts) {
            bySource.computeIfAbsent(c.key(), k -> new LinkedHashMap<>())
                    .merge(c.source() == null ? "" : c.source(), c, Count::plus);
        }
        List<Count> out = new ArrayList<>();
        for (Map<String, Count> sources : bySource.values()) {
            Count first = sources.values().iterator().next();
            for (Count other : sources.values()) {
                if (other.count() != first.count()) {
                    throw new InputException(first.record().at() + " and " + other.record().at() + ": "
                            + first.measure().name() + " in " + first.period().label()
                            + (first.breakdown().isEmpty() ? "" : " " + first.breakdown()) + " is given as "
                            + first.count() + " by " + name(first.source()) + " and as " + other.count() + " by "
                            + name(other.source()) + "; keep one (a mapping can drop the other with a stated reason)");
                }
            }
            out.add(first);
        }
        return out;
    }

    private static String name(String source) {
        return source == null || source.isEmpty() ? "a row without a source" : "'" + source + "'";
    }

    private static Count check(CountTableFile file, CountTableFile.CountRecord r, PeriodType granularity,
            Shape shape, Map<String, CountMeasure> measures) {
        Period period;
        String text = r.required("period");
        try {
            period = Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(r.where("period") + ": " + e.getMessage());
        }
        if (!nests(period.type(), granularity)) {
            throw new InputException(r.where("period") + ": '" + period.label() + "' is a "
                    + period.type().label() + "; this job counts by " + granularity.label()
                    + " (a count table may give its periods or shorter ones within them)");
        }
        String name = r.required("measure");
        CountMeasure measure = java.util.Optional.ofNullable(measures.get(name)).orElseThrow(() -> new InputException(
                r.where("measure") + ": '" + name + "' is not an outcome or event code; allowed: "
                        + String.join(", ", measures.keySet())));
        long count = (long) r.count(true);
        Map<String, String> breakdown = new TreeMap<>();
        DatasetSchema counted = shape.schemas().apply(measure.dataset());
        for (String column : file.breakdowns()) {
            String v = Text.blankToNull(r.get(column));
            if (v == null) {
                continue;
            }
            Column c = shape.schemas().apply(Dataset.DEFENDANT_OUTCOMES).column(column).orElseThrow();
            if (c.type() == ColumnType.CODE && !c.codes().contains(v)) {
                throw new InputException(r.where(column) + ": '" + v + "' is not one of " + c.codes());
            }
            if (counted.column(column).isEmpty()) {
                throw new InputException(r.where(column) + ": " + measure.dataset().id()
                        + " (measure " + name + ") has no column " + column + "; leave it empty on this row");
            }
            breakdown.put(column, v);
        }
        String basis = Text.blankToNull(r.get("definition"));
        String source = Text.blankToNull(r.get("source"));
        return new Count(r, period, breakdown, measure, count, basis != null ? basis : source, source);
    }

    /** Whether periods of the table's type lie within periods of the job's: a month in a quarter or a year. */
    static boolean nests(PeriodType table, PeriodType job) {
        return table == job || table == PeriodType.MONTH && (job == PeriodType.QUARTER || job == PeriodType.YEAR)
                || table == PeriodType.QUARTER && job == PeriodType.YEAR;
    }

    /** A dataset's counts of a period are given at one level: national totals beside regional rows would count twice. */
    private static void checkLevels(List<Count> counts) {
        Map<String, Count> first = new HashMap<>();
        for (Count c : counts) {
            Count earlier = first.putIfAbsent(c.measure().dataset() + "|" + c.period().label(), c);
            if (earlier != null && !earlier.breakdown().keySet().equals(c.breakdown().keySet())) {
                throw new InputException(earlier.record().at() + " and " + c.record().at() + ": "
                        + c.period().label() + " is given by "
                        + describe(earlier.breakdown().keySet()) + " and by " + describe(c.breakdown().keySet())
                        + "; give every count of a period at one level, or the totals would count twice");
            }
        }
    }

    private static String describe(Set<String> columns) {
        return columns.isEmpty() ? "the total" : String.join(", ", columns);
    }

    /** The weighted rows of one dataset, period and breakdown cell, with a total's remainder. */
    private static List<Row> rows(List<Count> cell, Shape shape) {
        Map<String, Count> byMeasure = new LinkedHashMap<>();
        for (Count c : cell) {
            byMeasure.put(c.measure().name(), c);
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
                throw new InputException(c.record().where("count") + ": " + c.measure().name() + " "
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
    private static Map<String, Map<CountMeasure, Set<String>>> published(List<Count> counts, boolean complete,
            Map<String, CountMeasure> measures) {
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
        if (complete) {
            // the export lists every non-zero cell: in a period it gives, every measure of its datasets is given
            Map<String, Set<Dataset>> datasets = new HashMap<>();
            counts.forEach(c -> datasets.computeIfAbsent(c.period().label(), k -> new HashSet<>())
                    .add(c.measure().dataset()));
            datasets.forEach((period, given) -> measures.values().stream().filter(m -> given.contains(m.dataset()))
                    .forEach(m -> published.get(period).computeIfAbsent(m, k -> new TreeSet<>())));
            return published;
        }
        published.forEach((period, given) -> given.keySet().removeIf(m -> !cellsGiving
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
