package org.judicialmetrics.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.Dataset;

/** The shape of raw records: every canonical column as text, then where the record came from and why it is malformed. */
public final class RawColumns {
    /** Absolute path of the source file. */
    public static final String SOURCE_FILE = "source_file";
    /** Line number in a CSV or JSON Lines file (where the record starts), 1-based row number in a Parquet file. */
    public static final String SOURCE_POSITION = "source_position";
    /** Why the record could not be split into columns; null for well-formed records. */
    public static final String MALFORMED = "malformed";

    private RawColumns() {
    }

    public static List<String> canonicalNames(Dataset dataset) {
        return dataset.columns().stream().map(Column::name).toList();
    }

    /** The raw schema: canonical columns as strings plus the three provenance columns. */
    public static StructType schema(Dataset dataset) {
        List<StructField> fields = new ArrayList<>(List.of(dataset.rawSchema().fields()));
        fields.add(DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(SOURCE_POSITION, DataTypes.LongType, false));
        fields.add(DataTypes.createStructField(MALFORMED, DataTypes.StringType, true));
        return new StructType(fields.toArray(StructField[]::new));
    }
}
