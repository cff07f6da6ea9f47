package org.judicialmetrics.report;

import java.util.List;
import java.util.stream.Stream;
import org.judicialmetrics.report.chart.ReportChart;
import org.judicialmetrics.report.table.ReportTable;

/**
 * A report ready to be written (cover, sources, main points, sections) in one language, independent of where its figures came from,
 * so the periodic report and the published-figures report share one renderer, template, CSV and PDF path.
 */
public record ReportDocument(ReportView.Cover cover, ReportTable sources, List<String> mainPoints,
                             List<ReportSection> sections, Messages messages) {

    public ReportDocument {
        mainPoints = List.copyOf(mainPoints);
        sections = sections.stream().filter(s -> !s.empty()).toList();
    }

    /** A document in English, the default edition. */
    public ReportDocument(ReportView.Cover cover, ReportTable sources, List<String> mainPoints,
                          List<ReportSection> sections) {
        this(cover, sources, mainPoints, sections, Messages.english());
    }

    public List<ReportChart> charts() {
        return sections.stream().flatMap(s -> s.charts().stream()).toList();
    }

    /** Every table the report shows, including the charts' data tables: each becomes a CSV. */
    public List<ReportTable> tables() {
        return Stream.concat(
                        Stream.of(sources),
                        sections.stream()
                                .flatMap(s ->
                                        Stream.concat(s.charts().stream().map(ReportChart::data), s.tables().stream())))
                .toList();
    }
}
