package org.judicialmetrics.ingest.mapping;

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
 */
public record SourceMapping(String id, String description, String target, Map<String, FieldRule> fields,
                            List<DropRule> drop) implements java.io.Serializable {

    public SourceMapping {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        drop = drop == null ? List.of() : List.copyOf(drop);
    }

    /** The canonical columns the mapping produces (its target's). */
    public List<Column> targetColumns() {
        return CountTableSchema.targetColumns(target).orElseThrow(() -> new IllegalStateException(
                "mapping " + id + ": unknown target " + target));
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
