package org.judicialmetrics.report.chart;

import org.jfree.chart.JFreeChart;
import org.judicialmetrics.report.table.ReportTable;

/**
 * A chart as published: the drawable chart, a summary generated from its data (its alt text; the title is its caption),
 * and its data table shown beside it and written as CSV.
 */
public record ReportChart(String id, JFreeChart chart, String summary, ReportTable data) {

    public String title() {
        return chart.getTitle().getText();
    }
}
