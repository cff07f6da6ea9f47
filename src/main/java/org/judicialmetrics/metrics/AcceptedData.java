package org.judicialmetrics.metrics;

import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The accepted (validated, typed) rows of each canonical dataset that a run has: the metrics engine's only input. A
 * dataset missing from the map makes its metrics {@code x} (not available).
 *
 * @param frames accepted rows per dataset, each with every column of {@code Dataset.typedSchema()}
 */
public record AcceptedData(Map<org.judicialmetrics.model.Dataset, Dataset<Row>> frames) {

    public AcceptedData {
        frames = Map.copyOf(frames);
    }

    public Optional<Dataset<Row>> frame(org.judicialmetrics.model.Dataset dataset) {
        return Optional.ofNullable(frames.get(dataset));
    }

    public boolean has(org.judicialmetrics.model.Dataset dataset) {
        return frames.containsKey(dataset);
    }
}
