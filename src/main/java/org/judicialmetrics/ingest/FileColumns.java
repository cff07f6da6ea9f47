package org.judicialmetrics.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.Dataset;

/**
 * The schema contract, checked on the driver before any Spark job: each file must hold every required column of its
 * dataset, and each typed Parquet column a type that can mean the column it fills. Reads only headers (CSV), the
 * first record (JSON Lines) or the footer (Parquet).
 *
 * @param extra columns the file has that the canonical dataset does not (ignored, listed in the manifest)
 */
public record FileColumns(SourceFile file, List<String> found, List<String> extra) {

    /** Reads a file's columns and fails with exit code 2 when a required column is missing. */
    public static FileColumns check(SparkSession spark, DatasetSource source, SourceFile file) {
        Dataset dataset = source.dataset();
        RecordShaper shaper = source.shaper();
        List<String> found = read(spark, file, source.encoding(), shaper.directSources());
        List<String> required = source.mapped() ? shaper.requiredSourceColumns() : source.schema().requiredNames();
        List<String> missing = required.stream().filter(c -> !found.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw missingColumns(file.path(), missing, source.mapped()
                    ? " (named by source mapping '" + source.mapping().id() + "')" : " of " + dataset.id(), found);
        }
        List<String> extra = found.stream().filter(c -> !shaper.uses(c)).toList();
        return new FileColumns(file, found, extra);
    }

    /**
     * The error of a file that lacks columns: it names the file, the columns, whose they are ({@code " of
     * defendant_outcomes"}, {@code " (named by source mapping 'x')"}) and the columns the file does have.
     */
    public static InputException missingColumns(Object file, List<String> missing, String whose,
                                                List<String> found) {
        return new InputException(file + ": required column" + (missing.size() > 1 ? "s " : " ")
                + String.join(", ", missing.stream().map(c -> "'" + c + "'").toList()) + whose
                + (missing.size() > 1 ? " are" : " is") + " missing; found columns: "
                + (found.isEmpty() ? "(none)" : String.join(", ", found)));
    }

    private static List<String> read(SparkSession spark, SourceFile file, String encoding, Map<String, Column> direct) {
        try {
            return switch (file.format()) {
                case CSV -> csvHeader(file, encoding);
                case JSON_LINES -> jsonKeys(file, encoding);
                case PARQUET -> parquetColumns(spark, file, direct);
            };
        } catch (InputException e) {
            throw e;
        } catch (Exception e) {
            throw new InputException(file.path() + ": cannot be read as " + file.format().name().toLowerCase()
                    .replace('_', ' ') + " (damaged, or not in that format); expected a complete "
                    + file.format().name().toLowerCase().replace('_', ' ') + " file", e);
        }
    }

    /** A Parquet file's columns; a type that cannot mean the canonical column it fills stops the run. */
    private static List<String> parquetColumns(SparkSession spark, SourceFile file, Map<String, Column> direct) {
        String path = file.path().uri();
        // the footer first, on the driver: a file cut short fails here with our message, not in a Spark job
        Map<String, Boolean> nanos = TypedValues.nanosColumns(spark, path);
        StructType schema = spark.read().parquet(path).schema();
        for (StructField field : schema.fields()) {
            Column column = direct.get(field.name());
            if (column != null) {
                TypedValues.check(file.path().toString(), field, new TypedValues.ParquetType(field.dataType(), nanos.get(field.name())),
                        column);
            }
        }
        return Arrays.asList(schema.fieldNames());
    }

    private static List<String> csvHeader(SourceFile file, String encoding) throws IOException {
        try (InputStream in = file.path().open();
             CSVParser parser = TextRecordParser.CSV.parse(TextRecordParser.open(in, file.path().toString(), encoding))) {
            List<String> names = new ArrayList<>();
            for (String name : parser.getHeaderNames()) {
                names.add(name.strip());
            }
            if (names.isEmpty()) {
                throw new InputException(file.path() + ": empty file; expected a header row with the column names");
            }
            return names;
        }
    }

    private static List<String> jsonKeys(SourceFile file, String encoding) throws IOException {
        try (InputStream in = file.path().open();
             BufferedReader reader = new BufferedReader(TextRecordParser.open(in, file.path().toString(), encoding))) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    JsonNode node = new ObjectMapper().readTree(line);
                    if (node == null || !node.isObject()) {
                        throw new InputException(file.path() + ": line " + number + ": expected a JSON object per line");
                    }
                    List<String> keys = new ArrayList<>();
                    node.fieldNames().forEachRemaining(keys::add);
                    return keys;
                }
            }
            throw new InputException(file.path() + ": empty file; expected one JSON object per line");
        }
    }
}
