package org.judicialmetrics.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.judicialmetrics.model.DatasetSchema;

/** The shape of raw records: every canonical column as text, then where the record came from and why it is malformed. */
public final class RawColumns {
    /** Absolute path of the source file. */
    public static final String SOURCE_FILE = "source_file";
    /** Line number in a CSV or JSON Lines file (where the record starts), 1-based row number in a Parquet file. */
    public static final String SOURCE_POSITION = "source_position";
    /** Why the record could not be split into columns; null for well-formed records. */
    public static final String MALFORMED = "malformed";
    /** The stated reason a source mapping drops the record; null for records kept. */
    public static final String DROPPED = "dropped";

    private RawColumns() {
    }

    public static List<String> canonicalNames(DatasetSchema schema) {
        return schema.names();
    }

    /** A raw record: canonical values then provenance, in {@link #schema} order. */
    public static Row row(String[] values, String file, long position, String malformed, String dropped) {
        Object[] row = new Object[values.length + 4];
        System.arraycopy(values, 0, row, 0, values.length);
        row[values.length] = file;
        row[values.length + 1] = position;
        row[values.length + 2] = malformed;
        row[values.length + 3] = dropped;
        return RowFactory.create(row);
    }

    /** The raw schema: canonical columns as strings plus the provenance columns. */
    public static StructType schema(DatasetSchema dataset) {
        List<StructField> fields = new ArrayList<>(List.of(dataset.rawSchema().fields()));
        fields.add(DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(SOURCE_POSITION, DataTypes.LongType, false));
        fields.add(DataTypes.createStructField(MALFORMED, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField(DROPPED, DataTypes.StringType, true));
        return new StructType(fields.toArray(StructField[]::new));
    }
}
