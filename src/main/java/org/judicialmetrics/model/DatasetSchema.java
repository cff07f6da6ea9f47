package org.judicialmetrics.model;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of one dataset in one job: the canonical columns (their codes extended by the job's profile) and the
 * declared breakdown columns outside the canonical schema, read from the input as text. Everything that reads,
 * validates or types a dataset's rows reads this, so a declared column goes wherever a canonical one goes.
 *
 * @param dataset  the canonical dataset
 * @param columns  canonical columns first, in {@link Dataset#columns()} order, then declared ones
 * @param declared the names of the declared columns (every input file of the dataset must have them)
 */
public record DatasetSchema(Dataset dataset, List<Column> columns, List<String> declared)
        implements java.io.Serializable {

    public DatasetSchema {
        columns = List.copyOf(columns);
        declared = List.copyOf(declared);
    }

    /** The dataset exactly as spec section 2 defines it. */
    public static DatasetSchema canonical(Dataset dataset) {
        return new DatasetSchema(dataset, dataset.columns(), List.of());
    }

    public String id() {
        return dataset.id();
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Columns every input file must have: the canonical required ones and the declared ones. */
    public List<String> requiredNames() {
        List<String> names = new java.util.ArrayList<>(
                columns.stream().filter(Column::required).map(Column::name).toList());
        declared.stream().filter(n -> !names.contains(n)).forEach(names::add);
        return List.copyOf(names);
    }

    /** The typed schema of accepted rows: every column, nullable, with its Spark type. */
    public StructType typedSchema() {
        return new StructType(columns.stream()
                .map(c -> new StructField(c.name(), c.type().sparkType(), true, Metadata.empty()))
                .toArray(StructField[]::new));
    }

    /** The raw schema every source is read into: every column as text. */
    public StructType rawSchema() {
        return new StructType(columns.stream()
                .map(c -> DataTypes.createStructField(c.name(), DataTypes.StringType, true))
                .toArray(StructField[]::new));
    }
}
