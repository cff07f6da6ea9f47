package org.judicialmetrics.validate;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.judicialmetrics.ingest.RawColumns;
import org.judicialmetrics.model.CodeSets;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.model.DatasetSchema;
import org.judicialmetrics.model.Plausibility;

/**
 * Splits a dataset's raw records into accepted (typed) and quarantined rows: the row checks of {@link RowRules}, then
 * duplicated ids (the first row in file and line order is kept). Nothing is cached: each use of the result reads the
 * source again, which costs less than caching every row (measured). Spark actions: one that finds the ids more than one
 * row has (reading the id alone), only where there are such ids one that finds where each was first seen, and one
 * aggregation that counts rows by reason and file. The caller's quarantine write and metric pass each read the source again.
 */
public final class DatasetValidator {

    public static final String REASON_CODE = "reason_code";
    public static final String REASON = "reason";
    private static final String ID = "_id_hash";
    private static final String DUPLICATED = "_duplicated_id";
    private static final String FIRST = "_first_seen";
    private static final String ROWS = "_rows";
    /** At most this many duplicated ids are broadcast to the tasks; more are joined by a shuffle. */
    private static final long BROADCAST_DUPLICATES = 200_000;

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
        RowRules rules = new RowRules(schema, raw.schema(), asOf, codes, bounds);
        org.apache.spark.sql.Dataset<Row> checked = rules.check(raw);
        Column valid = col(REASON_CODE).isNull();
        Column id = col(RowRules.cleanedColumn(dataset.idColumn()));
        Column position = struct(col(RawColumns.SOURCE_FILE), col(RawColumns.SOURCE_POSITION));
        org.apache.spark.sql.Dataset<Row> repeated = repeatedIdHashes(raw, dataset.idColumn());
        org.apache.spark.sql.Dataset<Row> marked = repeated.isEmpty() ? checked
                : markDuplicates(dataset, checked, repeated, id, position);
        List<Row> byReasonAndFile = marked.groupBy(col(REASON_CODE), col(RawColumns.SOURCE_FILE))
                .agg(count(lit(1)), max(when(valid, col(RowRules.parsedColumn(dataset.periodColumn())))))
                .collectAsList();
        ValidationCounts counts = counts(byReasonAndFile);

        List<Column> quarantineColumns = new ArrayList<>(List.of(lit(dataset.id()).as("dataset"),
                col(RawColumns.SOURCE_FILE), col(RawColumns.SOURCE_POSITION), col(REASON_CODE), col(REASON)));
        names.forEach(n -> quarantineColumns.add(col(n).cast(DataTypes.StringType).as(n)));
        org.apache.spark.sql.Dataset<Row> quarantine = marked.filter(col(REASON_CODE).isNotNull())
                .select(quarantineColumns.toArray(Column[]::new));
        org.apache.spark.sql.Dataset<Row> typed = marked.filter(col(REASON_CODE).isNull())
                .select(typedColumns(schema).toArray(Column[]::new));
        return new ValidatedDataset(dataset, typed, quarantine, counts);
    }

    /** The counts from rows of (reason code or null, file, rows, latest period date of the accepted rows). */
    private static ValidationCounts counts(List<Row> byReasonAndFile) {
        Map<String, Long> byReason = new HashMap<>();
        Map<String, Long> byFile = new HashMap<>();
        long accepted = 0;
        LocalDate latest = null;
        for (Row r : byReasonAndFile) {
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
        return new ValidationCounts(read, accepted, byReason, byFile, latest);
    }

    /**
     * The 64-bit hashes of the ids that more than one row has, whatever their checks: every duplicated id's hash, and
     * rarely another's that shares it or whose second row is invalid ({@link #markDuplicates} decides exactly). Only
     * the id column is read (from Parquet), and rows are sorted by hash rather than aggregated by id (measured at 20
     * million rows: 8 s, against 12 s for an aggregation by hash and 18 s by id).
     */
    private static org.apache.spark.sql.Dataset<Row> repeatedIdHashes(org.apache.spark.sql.Dataset<Row> raw,
                                                                      String idColumn) {
        Column id = RowRules.cleaned(idColumn);
        return raw.where(id.isNotNull()).select(xxhash64(id).as(ID))
                .withColumn(ROWS, count(lit(1)).over(Window.partitionBy(col(ID))))
                .where(col(ROWS).gt(1)).select(col(ID)).distinct().localCheckpoint();
    }

    /**
     * Among rows that pass every other check, the second and later rows with the same id become DUPLICATE_ID: the ids
     * seen more than once and where each was first seen are found among the rows with the repeated hashes (broadcast
     * where they are few), and the rows are joined to them.
     */
    private static org.apache.spark.sql.Dataset<Row> markDuplicates(Dataset dataset,
            org.apache.spark.sql.Dataset<Row> checked, org.apache.spark.sql.Dataset<Row> duplicated, Column id,
            Column position) {
        boolean small = duplicated.count() <= BROADCAST_DUPLICATES;
        // among the rows with a repeated hash that pass the checks: each id seen more than once, and where first
        org.apache.spark.sql.Dataset<Row> firstSeen = checked.where(col(REASON_CODE).isNull())
                .join(small ? broadcast(duplicated) : duplicated, xxhash64(id).equalTo(col(ID)))
                .groupBy(id.as(DUPLICATED)).agg(count(lit(1)).as(ROWS), min(position).as(FIRST))
                .where(col(ROWS).gt(1)).drop(ROWS).localCheckpoint();
        org.apache.spark.sql.Dataset<Row> joined = checked.join(small ? broadcast(firstSeen) : firstSeen,
                id.equalTo(col(DUPLICATED)), "left");
        Column duplicate = col(REASON_CODE).isNull().and(col(DUPLICATED).isNotNull())
                .and(position.notEqual(col(FIRST)));
        Column first = concat(col(FIRST + "." + RawColumns.SOURCE_FILE), lit(" line "),
                col(FIRST + "." + RawColumns.SOURCE_POSITION).cast(DataTypes.StringType));
        return joined
                .withColumn(REASON, when(duplicate, concat(lit(dataset.idColumn() + " '"), id,
                        lit("' duplicates the row at "), first)).otherwise(col(REASON)))
                .withColumn(REASON_CODE, when(duplicate, lit(Reason.DUPLICATE_ID.name())).otherwise(col(REASON_CODE)))
                .drop(DUPLICATED, FIRST);
    }

    /** Accepted rows as typed canonical columns; every value was checked, so the casts cannot fail. */
    private List<Column> typedColumns(DatasetSchema dataset) {
        List<Column> out = new ArrayList<>();
        for (org.judicialmetrics.model.Column c : dataset.columns()) {
            Column text = col(RowRules.cleanedColumn(c.name()));
            Column typed = switch (c.type()) {
                case STRING, CODE -> text;
                case CODES -> when(text.isNotNull(), array_join(RowRules.parts(text), ";"));
                case DATE, INT, DECIMAL -> col(RowRules.parsedColumn(c.name()));
                case BOOLEAN -> lower(text).equalTo("true");
            };
            if (c.name().equals("jurisdiction") && jurisdiction != null) {
                typed = coalesce(typed, lit(jurisdiction));
            }
            out.add(typed.cast(c.type().sparkType()).as(c.name()));
        }
        return out;
    }
}
