package org.judicialmetrics.ingest;

import java.util.List;
import org.judicialmetrics.ingest.mapping.SourceMapping;
import org.judicialmetrics.model.DatasetSchema;
import org.judicialmetrics.model.Dataset;

/**
 * Where one canonical dataset comes from: its files in a stable (sorted) order, the source mapping that turns them
 * into the job's columns (null for files already in that form), and those columns ({@link DatasetSchema}).
 */
public record DatasetSource(Dataset dataset, List<SourceFile> files, SourceMapping mapping, DatasetSchema schema) {
    public DatasetSource {
        files = List.copyOf(files);
        schema = schema == null ? DatasetSchema.canonical(dataset) : schema;
    }

    public DatasetSource(Dataset dataset, List<SourceFile> files, SourceMapping mapping) {
        this(dataset, files, mapping, null);
    }

    public DatasetSource(Dataset dataset, List<SourceFile> files) {
        this(dataset, files, null, null);
    }

    /** The same files read into the job's columns. */
    public DatasetSource withSchema(DatasetSchema jobSchema) {
        return new DatasetSource(dataset, files, mapping, jobSchema);
    }

    public boolean mapped() {
        return mapping != null;
    }

    /** How a source record becomes canonical raw values. */
    public RecordShaper shaper() {
        return mapped() ? mapping.shaper(schema.columns()) : RecordShaper.byName(schema.columns());
    }

    /** The encoding of its CSV and JSON Lines files: the mapping's, else UTF-8. */
    public String encoding() {
        return mapped() ? mapping.encoding() : SourceMapping.DEFAULT_ENCODING;
    }
}
