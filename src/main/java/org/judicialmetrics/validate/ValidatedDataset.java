package org.judicialmetrics.validate;

import org.apache.spark.sql.Row;
import org.judicialmetrics.model.Dataset;

/**
 * One dataset after validation: accepted rows in the typed canonical schema, quarantined rows with their reasons, and
 * the counts. Nothing is cached: each use of a frame reads the source again, with the checks.
 */
public record ValidatedDataset(
        Dataset dataset,
        org.apache.spark.sql.Dataset<Row> accepted,
        org.apache.spark.sql.Dataset<Row> quarantine,
        ValidationCounts counts) {
}
