package org.judicialmetrics.ingest.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.judicialmetrics.ingest.RecordShaper;
import org.judicialmetrics.model.Dataset;

/**
 * A source mapping (JSON in {@code jobs/sources/}): how an external export becomes a canonical dataset. Canonical
 * columns without a rule are read from the source column of the same name. Read and checked by
 * {@link SourceMappingLoader}.
 *
 * @param id          the mapping's name
 * @param description what export it is for
 * @param target      the canonical dataset it produces
 * @param fields      canonical column -> rule
 * @param drop        rows to drop, each with its reason
 */
public record SourceMapping(String id, String description, String target, Map<String, FieldRule> fields,
                            List<DropRule> drop) implements java.io.Serializable {

    public SourceMapping {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        drop = drop == null ? List.of() : List.copyOf(drop);
    }

    /** The shaper that applies this mapping record by record on the executors. */
    public RecordShaper shaper(Dataset dataset) {
        return new MappedShaper(this, dataset);
    }
}
