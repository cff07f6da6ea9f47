package org.judicialmetrics.validate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.judicialmetrics.ingest.RawColumns;
import org.judicialmetrics.model.CodeSets;
import org.judicialmetrics.model.ColumnType;
import org.judicialmetrics.model.DatasetSchema;
import org.judicialmetrics.model.Plausibility;
import org.judicialmetrics.model.Dataset;

/**
 * Splits a dataset's raw records into accepted (typed) and quarantined rows in one pass: row checks by
 * {@link RecordValidator}, then duplicated ids (the first row in file and line order is kept). Spark actions: one
 * aggregation for the counts; the caller's quarantine write and metric pass read the same persisted result.
 */
public final class DatasetValidator {

    public static final String REASON_CODE = "reason_code";
    public static final String REASON = "reason";
    private static final String CHECK = "_check";
    private static final StructType CHECK_TYPE = new StructType()
            .add(REASON_CODE, DataTypes.StringType).add(REASON, DataTypes.StringType);

    private final LocalDate asOf;
    private final CodeSets codes;
    private final String jurisdiction;
    private final Plausibility bounds;

    /**
     * @param codes        the job's codes (canonical and added)
     * @param jurisdiction the profile's jurisdiction for rows that give none (null: left empty)
     * @param bounds       the profile's plausibility bounds
     */
    public DatasetValidator(LocalDate asOf, CodeSets codes, String jurisdiction, Plausibility bounds) {
        this.asOf = asOf;
        this.codes = codes;
        this.jurisdiction = jurisdiction;
        this.bounds = bounds;
    }

    /** Validates with the canonical codes, no default jurisdiction and no plausibility bounds. */
    public DatasetValidator(LocalDate asOf) {
        this(asOf, CodeSets.canonical(), null, Plausibility.NONE);
    }

    public ValidatedDataset validate(DatasetSchema schema, org.apache.spark.sql.Dataset<Row> raw) {
        Dataset dataset = schema.dataset();
        List<String> names = RawColumns.canonicalNames(schema);
        org.apache.spark.sql.Dataset<Row> checked = raw
                .repartition(trim(col(dataset.idColumn())))
                .withColumn(CHECK, rowCheck(schema).apply(
                        struct(names.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new)),
                        col(RawColumns.MALFORMED), col(RawColumns.DROPPED)))
                .withColumn(REASON_CODE, col(CHECK + "." + REASON_CODE))
                .withColumn(REASON, col(CHECK + "." + REASON))
                .drop(CHECK);
        checked = markDuplicates(dataset, checked).persist(StorageLevel.MEMORY_AND_DISK());

        Map<String, Long> byReason = new HashMap<>();
        Map<String, Long> byFile = new HashMap<>();
        long accepted = 0;
        LocalDate latest = null;
        Column periodDate = expr("try_cast(trim(`" + dataset.periodColumn() + "`) as date)");
        for (Row r : checked.groupBy(col(REASON_CODE), col(RawColumns.SOURCE_FILE))
                .agg(count(lit(1)), max(when(col(REASON_CODE).isNull(), periodDate))).collectAsList()) {
            long n = r.getLong(2);
            byFile.merge(r.getString(1), n, Long::sum);
            if (r.isNullAt(0)) {
                accepted += n;
                LocalDate last = r.isNullAt(3) ? null : r.getDate(3).toLocalDate();
                latest = last == null || latest != null && !last.isAfter(latest) ? latest : last;
            } else {
                byReason.merge(r.getString(0), n, Long::sum);
            }
        }
        long read = accepted + byReason.values().stream().mapToLong(Long::longValue).sum();
        ValidationCounts counts = new ValidationCounts(read, accepted, byReason, byFile, latest);

        List<Column> quarantineColumns = new ArrayList<>(List.of(lit(dataset.id()).as("dataset"),
                col(RawColumns.SOURCE_FILE), col(RawColumns.SOURCE_POSITION), col(REASON_CODE), col(REASON)));
        names.forEach(n -> quarantineColumns.add(col(n)));
        org.apache.spark.sql.Dataset<Row> quarantine = checked.filter(col(REASON_CODE).isNotNull())
                .select(quarantineColumns.toArray(Column[]::new));
        org.apache.spark.sql.Dataset<Row> typed = checked.filter(col(REASON_CODE).isNull())
                .select(typedColumns(schema).toArray(Column[]::new));
        return new ValidatedDataset(dataset, typed, quarantine, counts);
    }

    private UserDefinedFunction rowCheck(DatasetSchema dataset) {
        RecordValidator validator = new RecordValidator(dataset, asOf, codes, bounds);
        int width = dataset.columns().size();
        UDF3<Row, String, String, Row> check = (values, malformed, dropped) -> {
            if (dropped != null) {
                return RowFactory.create(Reason.DROPPED_BY_RULE.name(), "dropped by the source mapping: " + dropped);
            }
            String[] text = new String[width];
            for (int i = 0; i < width; i++) {
                text[i] = values.isNullAt(i) ? null : values.getString(i);
            }
            List<Violation> violations = validator.check(text, malformed);
            if (violations.isEmpty()) {
                return RowFactory.create(null, null);
            }
            return RowFactory.create(violations.get(0).reason().name(),
                    violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
        };
        // Nondeterministic only so that Catalyst does not inline the check once per output column.
        return udf(check, CHECK_TYPE).asNondeterministic().withName("check_" + dataset.id());
    }

    /**
     * Among rows that pass every other check, the second and later rows with the same id become DUPLICATE_ID. Valid
     * rows sort first within an id, so the window reuses the partitioning by id and needs no second shuffle.
     */
    private static org.apache.spark.sql.Dataset<Row> markDuplicates(Dataset dataset,
                                                                    org.apache.spark.sql.Dataset<Row> checked) {
        Column id = trim(col(dataset.idColumn()));
        WindowSpec byId = Window.partitionBy(id)
                .orderBy(col(REASON_CODE).isNotNull(), col(RawColumns.SOURCE_FILE), col(RawColumns.SOURCE_POSITION));
        Column duplicate = col(REASON_CODE).isNull().and(row_number().over(byId).gt(1));
        Column firstSeen = concat(first(col(RawColumns.SOURCE_FILE)).over(byId), lit(" line "),
                first(col(RawColumns.SOURCE_POSITION)).over(byId).cast(DataTypes.StringType));
        return checked
                .withColumn(REASON, when(duplicate, concat(lit(dataset.idColumn() + " '"), id,
                        lit("' duplicates the row at "), firstSeen)).otherwise(col(REASON)))
                .withColumn(REASON_CODE, when(duplicate, lit(Reason.DUPLICATE_ID.name())).otherwise(col(REASON_CODE)));
    }

    /** Accepted rows as typed canonical columns; every value was checked, so the casts cannot fail. */
    private List<Column> typedColumns(DatasetSchema dataset) {
        List<Column> out = new ArrayList<>();
        for (org.judicialmetrics.model.Column c : dataset.columns()) {
            Column text = when(trim(col(c.name())).equalTo(""), lit(null)).otherwise(trim(col(c.name())));
            Column typed = switch (c.type()) {
                case STRING, CODE -> text;
                case CODES -> expr("array_join(transform(split(trim(`" + c.name() + "`), ';'), x -> trim(x)), ';')");
                case DATE -> expr("try_cast(trim(`" + c.name() + "`) as date)");
                case INT -> expr("try_cast(trim(`" + c.name() + "`) as int)");
                case DECIMAL -> expr("try_cast(trim(`" + c.name() + "`) as double)");
                case BOOLEAN -> lower(text).equalTo("true");
            };
            if (c.name().equals("jurisdiction") && jurisdiction != null) {
                typed = coalesce(typed, lit(jurisdiction));
            }
            if (c.type() == ColumnType.CODES) {
                typed = when(text.isNull(), lit(null)).otherwise(typed);
            }
            out.add(typed.cast(c.type().sparkType()).as(c.name()));
        }
        return out;
    }
}
