package org.judicialmetrics.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.judicialmetrics.model.DatasetSchema;
import org.judicialmetrics.util.Text;
import scala.Tuple2;

/**
 * Reads a dataset's files into raw records (every canonical column as text, plus provenance), lazily: nothing is read
 * until the validation pass runs. CSV and JSON Lines are parsed per file on the executors; Parquet through Spark.
 */
public final class SourceReader {

    /** The scheme Spark puts before a local file's path, removed so provenance shows plain paths. */
    private static final String FILE_URI = "^file:(//)?";

    private final SparkSession spark;

    public SourceReader(SparkSession spark) {
        this.spark = spark;
    }

    /** The raw records of every file of the source, in the {@link RawColumns#schema} shape. */
    public org.apache.spark.sql.Dataset<Row> read(DatasetSource source) {
        DatasetSchema dataset = source.schema();
        List<String> columns = RawColumns.canonicalNames(dataset);
        List<org.apache.spark.sql.Dataset<Row>> parts = new ArrayList<>();
        List<String> text = source.files().stream().filter(f -> f.format() != SourceFormat.PARQUET)
                .map(f -> f.path().toString()).toList();
        List<String> parquet = source.files().stream().filter(f -> f.format() == SourceFormat.PARQUET)
                .map(f -> f.path().toString()).toList();
        if (!text.isEmpty()) {
            parts.add(readText(dataset, columns, source.shaper(), text));
        }
        if (!parquet.isEmpty()) {
            parts.add(source.mapped() ? readMappedParquet(dataset, source.shaper(), parquet)
                    : readParquet(dataset, columns, parquet));
        }
        org.apache.spark.sql.Dataset<Row> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.unionByName(parts.get(i));
        }
        return all;
    }

    private org.apache.spark.sql.Dataset<Row> readText(DatasetSchema dataset, List<String> columns, RecordShaper shaper,
                                                       List<String> files) {
        TextRecordParser parser = new TextRecordParser(columns.size(), shaper);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> rows = jsc.binaryFiles(String.join(",", files), files.size())
                .flatMap((Tuple2<String, PortableDataStream> file) -> parse(parser, file));
        return spark.createDataFrame(rows, RawColumns.schema(dataset));
    }

    private static java.util.Iterator<Row> parse(TextRecordParser parser, Tuple2<String, PortableDataStream> file)
            throws Exception {
        String path = localPath(file._1());
        var reader = TextRecordParser.open(file._2().open());
        return SourceFormat.of(java.nio.file.Path.of(path)).orElse(SourceFormat.CSV) == SourceFormat.CSV
                ? parser.csv(path, reader) : parser.jsonLines(path, reader);
    }

    private org.apache.spark.sql.Dataset<Row> readParquet(DatasetSchema dataset, List<String> columns, List<String> files) {
        org.apache.spark.sql.Dataset<Row> df = spark.read().option("mergeSchema", "true")
                .parquet(files.toArray(String[]::new));
        List<String> present = List.of(df.columns());
        List<org.apache.spark.sql.Column> select = new ArrayList<>();
        for (String c : columns) {
            select.add((present.contains(c) ? col(c).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType))
                    .as(c));
        }
        select.add(regexp_replace(col("_metadata.file_path"), FILE_URI, "").as(RawColumns.SOURCE_FILE));
        select.add(col("_metadata.row_index").plus(1).cast(DataTypes.LongType).as(RawColumns.SOURCE_POSITION));
        select.add(lit(null).cast(DataTypes.StringType).as(RawColumns.MALFORMED));
        select.add(lit(null).cast(DataTypes.StringType).as(RawColumns.DROPPED));
        return df.select(select.toArray(org.apache.spark.sql.Column[]::new));
    }

    /** Parquet through a source mapping: every source column as text, shaped record by record on the executors. */
    private org.apache.spark.sql.Dataset<Row> readMappedParquet(DatasetSchema dataset, RecordShaper shaper, List<String> files) {
        org.apache.spark.sql.Dataset<Row> df = spark.read().option("mergeSchema", "true")
                .parquet(files.toArray(String[]::new));
        List<String> names = List.of(df.columns());
        List<org.apache.spark.sql.Column> select = new ArrayList<>();
        names.forEach(n -> select.add(col("`" + n + "`").cast(DataTypes.StringType)));
        select.add(regexp_replace(col("_metadata.file_path"), FILE_URI, ""));
        select.add(col("_metadata.row_index").plus(1).cast(DataTypes.LongType));
        int width = dataset.columns().size();
        JavaRDD<Row> rows = df.select(select.toArray(org.apache.spark.sql.Column[]::new)).javaRDD().map(r -> {
            RecordShaper.Shaped shaped = shaper.shape(name -> {
                int i = names.indexOf(name);
                return i < 0 || r.isNullAt(i) ? null : Text.blankToNull(r.getString(i));
            });
            return RawColumns.row(shaped.values(), r.getString(names.size()), r.getLong(names.size() + 1), null,
                    shaped.dropReason());
        });
        return spark.createDataFrame(rows, RawColumns.schema(dataset));
    }

    /** A local path from the URI Spark reports for a file ({@code file:/a/b} becomes {@code /a/b}). */
    static String localPath(String uri) {
        return uri.replaceFirst(FILE_URI, "");
    }
}
