/**
 * The metrics engine: accepted rows in, the long metric table out.
 *
 * <p>{@link org.judicialmetrics.metrics.AcceptedData} &rarr; {@link org.judicialmetrics.metrics.MetricEngine#compute}
 * (one aggregation pass per dataset, {@link org.judicialmetrics.metrics.DatasetAggregation}) &rarr;
 * {@link org.judicialmetrics.metrics.MetricTable} (sorted rows, small) &rarr;
 * {@link org.judicialmetrics.metrics.MetricTableWriter#write} (Parquet partitions of the run) and
 * {@link org.judicialmetrics.metrics.Headline} (the command line's summary). What each metric means and how its value,
 * interval and flags are derived is declared once in {@link org.judicialmetrics.metrics.MetricRegistry}; intervals
 * are pure Java in {@code metrics.stats}.
 */
package org.judicialmetrics.metrics;
