package org.judicialmetrics.validate;

import org.apache.spark.sql.Row;
import org.judicialmetrics.model.Dataset;

/**
 * One dataset after validation: accepted rows in the typed canonical schema, quarantined rows with their reasons, and
 * the counts. Both frames come from one persisted pass over the source.
 */
public record ValidatedDataset(
        Dataset dataset,
        org.apache.spark.sql.Dataset<Row> accepted,
        org.apache.spark.sql.Dataset<Row> quarantine,
        ValidationCounts counts) {
}
