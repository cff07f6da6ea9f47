package org.judicialmetrics.counts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.judicialmetrics.ingest.InputException;
import org.judicialmetrics.ingest.TextRecordParser;
import org.judicialmetrics.metrics.Measure;
import org.judicialmetrics.model.Codes.Outcome;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.ColumnType;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;

/**
 * An {@code outcome_counts} table (spec section 2.4: {@code period}, breakdown columns, {@code measure}, {@code count})
 * turned into rows of {@code defendant_outcomes} that each stand for {@code count} defendants ({@link Measure#WEIGHT}),
 * so the metric engine computes rates, intervals and flags from counts exactly as from case-level data. A row's
 * period counts from its first day: in era comparisons a year that spans a reform date counts in the era it starts in.
 * Count tables are small (published aggregates), so the table is read on the driver.
 */
public final class OutcomeCounts {

    /** The file name (without extension) of a count table in a data root. */
    public static final String DATASET = "outcome_counts";
    private static final List<String> REQUIRED = List.of("period", "measure", "count");
    /** Canonical columns a count table may break its counts down by. */
    public static final List<String> BREAKDOWN_COLUMNS =
            List.of("jurisdiction", "region", "court_level", "proceeding", "prosecution_type", "offense_category");

    private OutcomeCounts() {
    }

    /** The count table's file in a data root, if it has one. */
    public static java.util.Optional<Path> find(Path dataRoot) {
        Path file = dataRoot.resolve(DATASET + ".csv");
        return Files.isRegularFile(file) ? java.util.Optional.of(file) : java.util.Optional.empty();
    }

    /** The schema of the rows: the typed canonical outcome columns plus the number of defendants each stands for. */
    public static StructType schema() {
        return Dataset.DEFENDANT_OUTCOMES.typedSchema().add(Measure.WEIGHT, DataTypes.LongType, false);
    }

    /** The table as weighted outcome rows, and how many rows the file had. */
    public record Table(org.apache.spark.sql.Dataset<Row> frame, long rows) {
    }

    /**
     * Reads and checks the table: every problem stops the run (exit 2) naming the file, the row and the field.
     *
     * @param granularity the job's period type; every {@code period} must be one
     */
    public static Table read(SparkSession spark, Path file, PeriodType granularity) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
             CSVParser csv = TextRecordParser.CSV.parse(TextRecordParser.open(in))) {
            List<String> header = csv.getHeaderNames();
            List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new InputException(file + ": required columns " + missing + " of " + DATASET
                        + " are missing; found columns: " + String.join(", ", header));
            }
            for (CSVRecord record : csv) {
                rows.add(row(file, record, header, granularity));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(file + ": cannot be read as CSV: " + e.getMessage(), e);
        }
        return new Table(spark.createDataFrame(rows, schema()), rows.size());
    }

    private static Row row(Path file, CSVRecord record, List<String> header, PeriodType granularity) {
        String where = file + ": line " + record.getParser().getCurrentLineNumber() + ": field ";
        Map<String, String> values = record.toMap();
        Period period;
        try {
            period = Period.parse(values.get("period"));
        } catch (IllegalArgumentException e) {
            throw new InputException(where + "'period': " + e.getMessage());
        }
        if (period.type() != granularity) {
            throw new InputException(where + "'period': '" + period.label() + "' is a " + period.type().label()
                    + "; this job counts by " + granularity.label());
        }
        String measure = values.get("measure");
        if (java.util.Arrays.stream(Outcome.values()).noneMatch(o -> o.name().equals(measure))) {
            throw new InputException(where + "'measure': '" + measure + "' is not an outcome code; allowed: "
                    + java.util.Arrays.toString(Outcome.values()));
        }
        long count;
        try {
            count = Long.parseLong(values.get("count").replace(",", ""));
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 0) {
            throw new InputException(where + "'count': '" + values.get("count") + "' is not a whole number >= 0");
        }
        List<Column> columns = Dataset.DEFENDANT_OUTCOMES.columns();
        Object[] out = new Object[columns.size() + 1];
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            String v = BREAKDOWN_COLUMNS.contains(c.name()) && header.contains(c.name())
                    ? org.judicialmetrics.util.Text.blankToNull(values.get(c.name())) : null;
            if (v != null && c.type() == ColumnType.CODE && !c.codes().contains(v)) {
                throw new InputException(where + "'" + c.name() + "': '" + v + "' is not one of " + c.codes());
            }
            out[i] = switch (c.name()) {
                case "record_id", "case_id" -> DATASET + ":" + record.getRecordNumber();
                case "concluded_date" -> Date.valueOf(period.start());
                case "outcome" -> measure;
                case "jurisdiction" -> v == null ? "CN" : v;
                default -> v;
            };
        }
        out[columns.size()] = count;
        return RowFactory.create(out);
    }
}
