/**
 * Periodic reports (spec section 6): the last step of a run, after the metric rows are computed and published.
 *
 * <p>Entry points: {@link org.judicialmetrics.report.ReportRenderer#render} writes one period's {@code index.html},
 * {@code report.pdf}, {@code tables/*.csv} and {@code charts/*.svg|png} from a
 * {@link org.judicialmetrics.report.ReportInput}; {@link org.judicialmetrics.report.ReportArchive#write} then lists
 * the job's published periods. The metric registry implements {@link org.judicialmetrics.report.MetricGlossary} so
 * labels and definitions are written once.
 *
 * <p>Flow: {@code ReportContent.of(input)} builds every section once (tables in {@code report.table}, charts in
 * {@code report.chart}, suppression in {@code report.disclosure}); HTML and PDF are the same Mustache template rendered
 * for screen and for print; each table is also written as CSV.
 */
package org.judicialmetrics.report;
