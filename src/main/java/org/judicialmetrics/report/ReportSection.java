package org.judicialmetrics.report;

import java.util.List;
import org.judicialmetrics.report.chart.ReportChart;
import org.judicialmetrics.report.table.ReportTable;

/** One section of the report body: a heading, paragraphs, charts (each with its data table) and tables. */
public record ReportSection(
        String id, String heading, List<String> paragraphs, List<ReportChart> charts, List<ReportTable> tables) {

    public ReportSection {
        paragraphs = List.copyOf(paragraphs);
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
    }

    /** True when the section has nothing to show (e.g. a run without exclusion data). */
    public boolean empty() {
        return paragraphs.isEmpty() && charts.isEmpty() && tables.isEmpty();
    }
}
