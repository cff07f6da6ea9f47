/**
 * What dashboards read beside the metric table: the metric dictionary ({@code <job>/definitions/}, Parquet) and a
 * self-contained dashboard page ({@code <job>/dashboard.html}) of the public metric rows.
 */
package org.judicialmetrics.dashboard;
