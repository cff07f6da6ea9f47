package org.judicialmetrics.ingest;

import java.util.List;
import org.judicialmetrics.ingest.mapping.SourceMapping;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.Dataset;

/**
 * Where one canonical dataset comes from: its files in a stable (sorted) order, and the source mapping that turns
 * them into the canonical columns (null for files already in canonical form).
 */
public record DatasetSource(Dataset dataset, List<SourceFile> files, SourceMapping mapping) {
    public DatasetSource {
        files = List.copyOf(files);
    }

    public DatasetSource(Dataset dataset, List<SourceFile> files) {
        this(dataset, files, null);
    }

    public boolean mapped() {
        return mapping != null;
    }

    /** How a source record becomes canonical raw values. */
    public RecordShaper shaper() {
        return mapped() ? mapping.shaper() : RecordShaper.byName(dataset.columns().stream().map(Column::name).toList());
    }
}
