package org.judicialmetrics.ingest.mapping;

import org.judicialmetrics.storage.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.judicialmetrics.ingest.RecordShaper;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.CountTableSchema;

/**
 * A source mapping (JSON in {@code jobs/sources/}): how an external export becomes a canonical dataset or a count
 * table ({@code outcome_counts}). Canonical
 * columns without a rule are read from the source column of the same name. Read and checked by
 * {@link SourceMappingLoader}.
 *
 * @param id          the mapping's name
 * @param description what export it is for
 * @param target      the canonical dataset or {@code outcome_counts} it produces
 * @param fields      canonical column -> rule
 * @param drop        rows to drop, each with its reason
 * @param unpivot     for a wide count table: which columns become rows, and what of them fills which field
 * @param totals      rows that are totals of the other rows (a National row beside the areas): checked against the
 *                    sum of their parts and never counted twice
 * @param complete    the export lists every non-zero cell (as a GROUP BY does): in a period it gives, a cell or code
 *                    it leaves out is 0, not "not published"
 * @param encoding    the character encoding of the source's CSV and JSON Lines files (a Java charset name such as
 *                    {@code windows-1252}, {@code GB18030} or {@code UTF-16}); {@value #DEFAULT_ENCODING} when absent
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties({"$schema"})
public record SourceMapping(String id, String description, String target, Map<String, FieldRule> fields,
                            List<DropRule> drop, Unpivot unpivot, List<TotalRule> totals, Boolean complete,
                            String encoding) implements java.io.Serializable {

    /** The encoding of files whose mapping declares none, and of canonical files. */
    public static final String DEFAULT_ENCODING = "UTF-8";

    public SourceMapping {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        drop = drop == null ? List.of() : List.copyOf(drop);
        totals = totals == null ? List.of() : List.copyOf(totals);
        complete = Boolean.TRUE.equals(complete);
        encoding = encoding == null ? DEFAULT_ENCODING : encoding;
    }

    /**
     * A wide table's columns as rows: every source column whose header matches {@code columns} becomes one record,
     * its named groups and its cell filling source fields of those names, e.g. {@code Number of (?<offence>.+)
     * (?<outcome>Convictions|Unsuccessful)} with {@code value} {@code number}: fields {@code offence}, {@code outcome}
     * and {@code number}, which the field rules then read like any source column.
     *
     * @param columns a regular expression matched against the whole header
     * @param value   the source field name of the matched column's cell
     */
    public record Unpivot(String columns, String value) implements java.io.Serializable {
        /** The compiled pattern. */
        public java.util.regex.Pattern pattern() {
            return java.util.regex.Pattern.compile(columns);
        }

        /** The named groups of the pattern, in order. */
        public List<String> groups() {
            List<String> names = new java.util.ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>").matcher(columns);
            while (m.find()) {
                names.add(m.group(1));
            }
            return List.copyOf(names);
        }
    }

    /**
     * Rows whose canonical {@code column} holds one of {@code values} are totals of the rows of the same period and
     * other fields: checked against their sum (a mismatch fails the run's check, or stops it with {@code error}) and
     * left out of the counts.
     *
     * @param mismatch {@code check} (default: a failed check in the manifest, exit 3) or {@code error} (exit 2)
     */
    public record TotalRule(String column, List<String> values, String mismatch) implements java.io.Serializable {
        public TotalRule {
            values = values == null ? List.of() : List.copyOf(values);
            mismatch = mismatch == null ? "check" : mismatch;
        }
    }

    /** The canonical columns the mapping produces (its target's). */
    public List<Column> targetColumns() {
        return CountTableSchema.targetColumns(target).orElseThrow(() -> new IllegalStateException(
                "mapping " + id + ": unknown target " + target));
    }

    /**
     * Checks that every column the mapping fills is one of the job's columns of its target (canonical, or a declared
     * breakdown); a rule for any other column would be silently unused, so it stops the run (exit 2).
     *
     * @param file    the mapping's file, for the message
     * @param columns the job's columns of the target
     */
    public void checkFills(Location file, List<Column> columns) {
        List<String> names = columns.stream().map(Column::name).toList();
        for (String filled : fields.keySet()) {
            if (!names.contains(filled)) {
                throw new org.judicialmetrics.spec.SpecException(file + ": field 'fields." + filled + "': '" + filled
                        + "' is not a column of " + target + " in this job, nor a breakdown it declares; columns: "
                        + String.join(", ", names));
            }
        }
    }

    /** True when the mapping produces a count table rather than a case-level dataset. */
    public boolean countTable() {
        return CountTableSchema.ID.equals(target);
    }

    /** The shaper that applies this mapping record by record (on the executors for case-level data). */
    public RecordShaper shaper() {
        return shaper(targetColumns());
    }

    /** The same into a job's columns: the target's, and any declared breakdown columns (read by name unless mapped). */
    public RecordShaper shaper(List<Column> columns) {
        return new MappedShaper(this, columns);
    }
}
