package org.judicialmetrics.metrics;

import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The accepted (validated, typed) rows of each canonical dataset that a run has: the metrics engine's only input. A
 * dataset missing from the map makes its metrics {@code x} (not available).
 *
 * @param frames   accepted rows per dataset, each with every column of its job's {@code DatasetSchema.typedSchema()}
 * @param coverage what the rows give of each measure ({@link Coverage#COMPLETE} for case-level data)
 */
public record AcceptedData(Map<org.judicialmetrics.model.Dataset, Dataset<Row>> frames, Coverage coverage) {

    public AcceptedData {
        frames = Map.copyOf(frames);
    }

    /** Case-level data. */
    public AcceptedData(Map<org.judicialmetrics.model.Dataset, Dataset<Row>> frames) {
        this(frames, Coverage.COMPLETE);
    }

    public Optional<Dataset<Row>> frame(org.judicialmetrics.model.Dataset dataset) {
        return Optional.ofNullable(frames.get(dataset));
    }

    public boolean has(org.judicialmetrics.model.Dataset dataset) {
        return frames.containsKey(dataset);
    }
}
