package org.judicialmetrics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.judicialmetrics.model.DatasetSchema;
import org.judicialmetrics.util.Text;
import scala.Tuple2;

/**
 * Reads a dataset's files into raw records (every canonical column as text, plus provenance), lazily: nothing is read
 * until the validation pass runs. CSV and JSON Lines are parsed per file on the executors in the source's encoding;
 * Parquet through Spark, its typed columns read as canonical text (a TIMESTAMP as its date in the profile's time zone),
 * except a DATE or whole number filling a column of that type, which is kept typed ({@link TypedValues#keepsType}).
 */
public final class SourceReader {

    /** The schemes Spark puts before a local file's path, removed so provenance shows plain paths (longest first). */
    private static final List<String> FILE_SCHEMES = List.of("file://", "file:");

    private final SparkSession spark;
    private final ZoneId zone;

    /** @param zone the profile's time zone, in which an instant (a TIMESTAMP with time zone) falls on its date */
    public SourceReader(SparkSession spark, ZoneId zone) {
        this.spark = spark;
        this.zone = zone;
    }

    /** The reader of a profile without a time zone: instants are dated in UTC. */
    public SourceReader(SparkSession spark) {
        this(spark, ZoneOffset.UTC);
    }

    /** The raw records of every file of the source, in the {@link RawColumns#schema} shape. */
    public org.apache.spark.sql.Dataset<Row> read(DatasetSource source) {
        DatasetSchema dataset = source.schema();
        List<String> columns = RawColumns.canonicalNames(dataset);
        List<org.apache.spark.sql.Dataset<Row>> parts = new ArrayList<>();
        List<String> text = source.files().stream().filter(f -> f.format() != SourceFormat.PARQUET)
                .map(f -> f.path().uri()).toList();
        List<String> parquet = source.files().stream().filter(f -> f.format() == SourceFormat.PARQUET)
                .map(f -> f.path().uri()).toList();
        if (!text.isEmpty()) {
            parts.add(readText(dataset, columns, source.shaper(), text, source.encoding()));
        }
        if (!parquet.isEmpty()) {
            parts.addAll(readParquet(dataset, source.shaper(), source.mapped(), parquet));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<org.apache.spark.sql.Dataset<Row>> alike = asText(parts);
        org.apache.spark.sql.Dataset<Row> all = alike.get(0);
        for (int i = 1; i < alike.size(); i++) {
            all = all.unionByName(alike.get(i));
        }
        return all;
    }

    /**
     * The parts with every column that is typed in some and text in others as text in all: left to the union, Spark
     * would cast the text to the type and fail on the first value that is not one, instead of quarantining its row.
     */
    private static List<org.apache.spark.sql.Dataset<Row>> asText(List<org.apache.spark.sql.Dataset<Row>> parts) {
        java.util.Set<String> mixed = new java.util.HashSet<>();
        for (StructField f : parts.get(0).schema().fields()) {
            if (parts.stream().anyMatch(p -> !p.schema().apply(f.name()).dataType().equals(f.dataType()))) {
                mixed.add(f.name());
            }
        }
        if (mixed.isEmpty()) {
            return parts;
        }
        return parts.stream().map(p -> {
            org.apache.spark.sql.Dataset<Row> out = p;
            for (String name : mixed) {
                out = out.withColumn(name, col("`" + name + "`").cast(DataTypes.StringType));
            }
            return out;
        }).toList();
    }

    private org.apache.spark.sql.Dataset<Row> readText(DatasetSchema dataset, List<String> columns, RecordShaper shaper,
                                                       List<String> files, String encoding) {
        TextRecordParser parser = new TextRecordParser(columns.size(), shaper);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> rows = jsc.binaryFiles(String.join(",", files), files.size())
                .flatMap((Tuple2<String, PortableDataStream> file) -> parse(parser, file, encoding));
        return spark.createDataFrame(rows, RawColumns.schema(dataset));
    }

    private static java.util.Iterator<Row> parse(TextRecordParser parser, Tuple2<String, PortableDataStream> file,
                                                 String encoding) throws Exception {
        String path = localPath(file._1());
        var reader = TextRecordParser.open(file._2().open(), path, encoding);
        return SourceFormat.of(path.substring(path.lastIndexOf('/') + 1)).orElse(SourceFormat.CSV) == SourceFormat.CSV
                ? parser.csv(path, reader) : parser.jsonLines(path, reader);
    }

    /**
     * Parquet files, read together where they have the same schema: their typed columns become canonical text, taken
     * by name (canonical files) or shaped record by record on the executors (through a mapping).
     */
    private List<org.apache.spark.sql.Dataset<Row>> readParquet(DatasetSchema dataset, RecordShaper shaper,
                                                                boolean mapped, List<String> files) {
        Map<Map<String, TypedValues.ParquetType>, List<String>> bySchema = new LinkedHashMap<>();
        for (String file : files) {
            Map<String, Boolean> nanos = TypedValues.nanosColumns(spark, file);
            Map<String, TypedValues.ParquetType> types = new LinkedHashMap<>();
            for (StructField f : spark.read().parquet(file).schema().fields()) {
                types.put(f.name(), new TypedValues.ParquetType(f.dataType(), nanos.get(f.name())));
            }
            bySchema.computeIfAbsent(types, t -> new ArrayList<>()).add(file);
        }
        List<org.apache.spark.sql.Dataset<Row>> parts = new ArrayList<>();
        bySchema.forEach((types, group) -> {
            org.apache.spark.sql.Dataset<Row> df = spark.read().parquet(group.toArray(String[]::new));
            parts.add(mapped ? shapedParquet(dataset, shaper, df, types) : canonicalParquet(dataset, shaper, df, types));
        });
        return parts;
    }

    private org.apache.spark.sql.Dataset<Row> canonicalParquet(DatasetSchema dataset, RecordShaper shaper,
                                                               org.apache.spark.sql.Dataset<Row> df,
                                                               Map<String, TypedValues.ParquetType> types) {
        Map<String, org.judicialmetrics.model.Column> direct = shaper.directSources();
        List<org.apache.spark.sql.Column> select = new ArrayList<>();
        for (org.judicialmetrics.model.Column c : dataset.columns()) {
            TypedValues.ParquetType type = types.get(c.name());
            select.add((type == null ? lit(null).cast(DataTypes.StringType)
                    : TypedValues.keepsType(type, c) ? col("`" + c.name() + "`").cast(c.type().sparkType())
                    : TypedValues.text(c.name(), type, direct.get(c.name()), zone)).as(c.name()));
        }
        select.add(localPath(col("_metadata.file_path")).as(RawColumns.SOURCE_FILE));
        select.add(col("_metadata.row_index").plus(1).cast(DataTypes.LongType).as(RawColumns.SOURCE_POSITION));
        select.add(lit(null).cast(DataTypes.StringType).as(RawColumns.MALFORMED));
        select.add(lit(null).cast(DataTypes.StringType).as(RawColumns.DROPPED));
        return df.select(select.toArray(org.apache.spark.sql.Column[]::new));
    }

    /** Parquet through a source mapping: every source column as text, shaped record by record on the executors. */
    private org.apache.spark.sql.Dataset<Row> shapedParquet(DatasetSchema dataset, RecordShaper shaper,
                                                            org.apache.spark.sql.Dataset<Row> df,
                                                            Map<String, TypedValues.ParquetType> types) {
        List<String> names = List.copyOf(types.keySet());
        Map<String, org.judicialmetrics.model.Column> direct = shaper.directSources();
        List<org.apache.spark.sql.Column> select = new ArrayList<>();
        names.forEach(n -> select.add(TypedValues.text(n, types.get(n), direct.get(n), zone)));
        select.add(localPath(col("_metadata.file_path")));
        select.add(col("_metadata.row_index").plus(1).cast(DataTypes.LongType));
        JavaRDD<Row> rows = df.select(select.toArray(org.apache.spark.sql.Column[]::new)).javaRDD().map(r -> {
            String file = r.getString(names.size());
            long position = r.getLong(names.size() + 1);
            RecordShaper.Shaped shaped = shaper.shape(file, position, name -> {
                int i = names.indexOf(name);
                return i < 0 || r.isNullAt(i) ? null : Text.blankToNull(r.getString(i));
            });
            return RawColumns.row(shaped.values(), file, position, null, shaped.dropReason());
        });
        return spark.createDataFrame(rows, RawColumns.schema(dataset));
    }

    /**
     * {@link #localPath(String)} as a Spark expression, by prefix rather than by regular expression: it runs on every
     * row (measured: the regular expression took 3 s per 20 million rows).
     */
    private static org.apache.spark.sql.Column localPath(org.apache.spark.sql.Column uri) {
        org.apache.spark.sql.Column path = uri;
        for (int i = FILE_SCHEMES.size() - 1; i >= 0; i--) {
            String scheme = FILE_SCHEMES.get(i);
            path = when(uri.startsWith(scheme), uri.substr(scheme.length() + 1, Integer.MAX_VALUE)).otherwise(path);
        }
        return path;
    }

    /** A local path from the URI Spark reports for a file ({@code file:/a/b} becomes {@code /a/b}). */
    /** A file as our messages name it: a local file by its path, any other by its URI. */
    public static String plainPath(String uri) {
        return localPath(uri.startsWith("\"") && uri.endsWith("\"") ? uri.substring(1, uri.length() - 1) : uri);
    }

    static String localPath(String uri) {
        for (String scheme : FILE_SCHEMES) {
            if (uri.startsWith(scheme)) {
                return uri.substring(scheme.length());
            }
        }
        return uri;
    }
}
