package org.judicialmetrics.ingest;

import java.util.List;
import org.judicialmetrics.model.Dataset;

/** Where one canonical dataset comes from in a data root: its files in a stable (sorted) order. */
public record DatasetSource(Dataset dataset, List<SourceFile> files) {
    public DatasetSource {
        files = List.copyOf(files);
    }
}
