package org.judicialmetrics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.ColumnType;

/**
 * Reads typed Parquet and JSON values as the canonical text that validation checks (a TIMESTAMP as its date in the
 * profile's time zone, a number without trailing zeros), and stops the run on a type that cannot mean its column.
 */
final class TypedValues {

    private TypedValues() {
    }

    /** What a source type can stand for. */
    enum Kind { TEXT, DATE, INSTANT, LOCAL_TIME, WHOLE, NUMBER, BOOLEAN, OTHER }

    /** A Parquet column's type as Spark reads it, and whether it holds TIMESTAMP(NANOS) (read as a long). */
    record ParquetType(DataType type, Boolean nanosAdjustedToUtc) {
        Kind kind() {
            if (nanosAdjustedToUtc != null) {
                return nanosAdjustedToUtc ? Kind.INSTANT : Kind.LOCAL_TIME;
            }
            return type instanceof StringType ? Kind.TEXT
                    : type instanceof DateType ? Kind.DATE
                    : type instanceof TimestampType ? Kind.INSTANT
                    : type instanceof TimestampNTZType ? Kind.LOCAL_TIME
                    : type instanceof ByteType || type instanceof ShortType || type instanceof IntegerType
                            || type instanceof LongType ? Kind.WHOLE
                    : type instanceof DecimalType || type instanceof FloatType || type instanceof DoubleType ? Kind.NUMBER
                    : type instanceof BooleanType ? Kind.BOOLEAN : Kind.OTHER;
        }

        String sql() {
            return nanosAdjustedToUtc == null ? type.sql()
                    : nanosAdjustedToUtc ? "TIMESTAMP(NANOS)" : "TIMESTAMP_NTZ(NANOS)";
        }
    }

    /** Whether a value of this kind can mean a value of the column's type. */
    static boolean canMean(Kind kind, ColumnType type) {
        return switch (type) {
            case DATE -> kind == Kind.TEXT || kind == Kind.DATE || kind == Kind.INSTANT || kind == Kind.LOCAL_TIME;
            case INT, DECIMAL -> kind == Kind.TEXT || kind == Kind.WHOLE || kind == Kind.NUMBER;
            case BOOLEAN -> kind == Kind.TEXT || kind == Kind.BOOLEAN;
            case STRING, CODE, CODES -> true;
        };
    }

    /** The column's type in words, as "cannot be ..." ends. */
    private static String meaning(ColumnType type) {
        return switch (type) {
            case DATE -> "a date";
            case INT -> "a whole number";
            case DECIMAL -> "a number";
            case BOOLEAN -> "true or false";
            case STRING, CODE, CODES -> "text";
        };
    }

    private static String fills(String source, Column column) {
        return source.equals(column.name()) ? "" : " (it fills " + column.name() + ")";
    }

    /** Stops the run when a Parquet file's column has a type that cannot mean the canonical column it fills. */
    static void check(String file, StructField field, ParquetType type, Column column) {
        if (!canMean(type.kind(), column.type())) {
            throw new InputException(file + ": column '" + field.name() + "' is " + type.sql() + ", which cannot be "
                    + meaning(column.type()) + fills(field.name(), column));
        }
    }

    /** The TIMESTAMP(NANOS) columns of a Parquet file, with whether each is adjusted to UTC (an instant). */
    static Map<String, Boolean> nanosColumns(SparkSession spark, String file) {
        Map<String, Boolean> nanos = new HashMap<>();
        try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(file), spark.sparkContext().hadoopConfiguration()))) {
            for (Type t : reader.getFooter().getFileMetaData().getSchema().getFields()) {
                if (t.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation ts
                        && ts.getUnit() == LogicalTypeAnnotation.TimeUnit.NANOS) {
                    nanos.put(t.getName(), ts.isAdjustedToUTC());
                }
            }
        } catch (IOException | RuntimeException e) {
            // parquet's own text ("Expected magic number at tail, but found [..]") tells a reader nothing
            throw new InputException(SourceReader.localPath(file) + ": not a readable Parquet file (its footer is"
                    + " missing or damaged: the file is cut short or is not Parquet); expected a complete Parquet file",
                    e);
        }
        return nanos;
    }

    /**
     * Whether a Parquet column's values fill the canonical column as they are, typed, with nothing to read: a DATE
     * for a date column, a 32-bit or smaller integer for a whole-number column. Formatting them as text for the checks
     * to parse again cost a third of the checks' time (measured at 20 million rows).
     */
    static boolean keepsType(ParquetType type, Column column) {
        return type.nanosAdjustedToUtc() == null && switch (column.type()) {
            case DATE -> type.type() instanceof DateType;
            case INT -> type.type() instanceof IntegerType || type.type() instanceof ShortType
                    || type.type() instanceof ByteType;
            default -> false;
        };
    }

    /**
     * A Spark column giving the canonical text of a Parquet column's values: dates ISO, an instant's date in the
     * zone, a wall-clock time's own date, numbers without trailing zeros (whole where the column is an integer).
     *
     * @param column the canonical column the values fill as they are, or null when they are only read as text
     */
    static org.apache.spark.sql.Column text(String name, ParquetType type, Column column, ZoneId zone) {
        org.apache.spark.sql.Column value = col("`" + name + "`");
        org.apache.spark.sql.Column file = col("_metadata.file_path");
        org.apache.spark.sql.Column row = col("_metadata.row_index");
        boolean whole = column != null && column.type() == ColumnType.INT;
        String fills = column == null ? "" : fills(name, column);
        String sql = type.sql();
        if (type.nanosAdjustedToUtc() != null) {
            boolean instant = type.nanosAdjustedToUtc();
            return udf((UDF3<Long, String, Long, String>) (nanos, f, r) -> nanos == null ? null
                    : date(Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L),
                            Math.floorMod(nanos, 1_000_000_000L)), instant ? zone : ZoneOffset.UTC).toString(),
                    DataTypes.StringType).apply(value, file, row);
        }
        return switch (type.kind()) {
            case TEXT -> value;
            case LOCAL_TIME -> value.cast(DataTypes.DateType).cast(DataTypes.StringType);
            case INSTANT -> udf((UDF3<Object, String, Long, String>) (t, f, r) -> t == null ? null
                    : date(t instanceof Instant i ? i : ((java.sql.Timestamp) t).toInstant(), zone).toString(),
                    DataTypes.StringType).apply(value, file, row);
            case NUMBER -> udf((UDF3<Object, String, Long, String>) (n, f, r) -> n == null ? null
                    : number(number(n), whole, () -> SourceReader.localPath(f) + ": row " + (r + 1) + ": column '"
                            + name + "' is " + sql + " " + n + ", which cannot be a whole number" + fills),
                    DataTypes.StringType).apply(value, file, row);
            case DATE, WHOLE, BOOLEAN, OTHER -> value.cast(DataTypes.StringType);
        };
    }

    private static LocalDate date(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The exact decimal a Parquet number stands for (a float's or double's shortest decimal form); null for NaN. */
    private static BigDecimal number(Object n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        double d = ((Number) n).doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return null;
        }
        return n instanceof Float f ? new BigDecimal(f.toString()) : BigDecimal.valueOf(d);
    }

    /** A number as text without trailing zeros; a fraction where a whole number is needed stops the run. */
    private static String number(BigDecimal n, boolean whole, java.util.function.Supplier<String> notWhole) {
        if (n == null) {
            return "NaN";
        }
        BigDecimal plain = n.stripTrailingZeros();
        if (whole && plain.scale() > 0) {
            throw new InputException(notWhole.get());
        }
        return plain.toPlainString();
    }

    /**
     * The canonical text of a JSON value: a string as it is; a number without trailing zeros; a boolean as
     * {@code true} or {@code false}. A number or boolean that cannot mean its column stops the run.
     *
     * @param column the canonical column the value fills as it is, or null when it is only read as text
     */
    static String json(String file, long line, String name, JsonNode value, Column column) {
        if (value == null || value.isNull()) {
            return null;
        }
        Kind kind = value.isBoolean() ? Kind.BOOLEAN : value.isIntegralNumber() ? Kind.WHOLE
                : value.isNumber() ? Kind.NUMBER : Kind.TEXT;
        String where = file + ": line " + line + ": column '" + name + "' is the JSON ";
        if (column != null && !canMean(kind, column.type())) {
            throw new InputException(where + (kind == Kind.BOOLEAN ? "boolean " : "number ") + value
                    + ", which cannot be " + meaning(column.type()) + fills(name, column));
        }
        if (kind == Kind.WHOLE) {
            return value.bigIntegerValue().toString();
        }
        if (kind == Kind.NUMBER) {
            return number(value.decimalValue(), column != null && column.type() == ColumnType.INT,
                    () -> where + "number " + value + ", which cannot be a whole number" + fills(name, column));
        }
        return org.judicialmetrics.util.Text.blankToNull(value.isValueNode() ? value.asText() : value.toString());
    }
}
