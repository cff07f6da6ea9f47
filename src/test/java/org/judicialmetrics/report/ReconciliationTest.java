package org.judicialmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.judicialmetrics.counts.CountTable;
import org.judicialmetrics.counts.PublishedFigure;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.ReportTable;
import org.judicialmetrics.report.fixture.ReportFixture;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

    private static PublishedFigure figure(int year, String measure, long value) {
        return new PublishedFigure(Integer.toString(year), year, year, measure, value, "persons", "B",
                "Dui Hua (China Law Yearbook)", "https://example.org", "");
    }

    private static ReportInput withFigures(ReportInput in, CountTable published) {
        return new ReportInput(in.spec(), in.period(), in.asOf(), in.generatedAt(), in.runId(), in.rows(), in.quality(),
                in.sources(), in.provisional(), in.glossary(), published);
    }

    @Test
    void setsOurYearlyTotalsBesideThePublishedOnes() {
        CountTable published = new CountTable(List.of(
                figure(2012, "persons_adjudicated_yearbook", 1_174_133),
                figure(2012, "acquitted_total_yearbook", 727),
                figure(2013, "acquitted_total", 825)));
        ReportContext ctx = new ReportContext(withFigures(ReportFixture.national().input(), published));
        ReportSection section = Reconciliation.build(ctx, published).orElseThrow();
        ReportTable table = section.charts().get(0).data();
        List<String> rows = table.rows().stream()
                .map(r -> String.join(" | ", r.stream().map(Cell::plain).toList())).toList();
        // Fixture: 2012 adjudicated 1,170,000 and acquittals 720; 2013 acquittals 720 + 41 - 9 = 752.
        // 1,170,000 - 1,174,133 = -4,133 (99.6479955%); 720 - 727 = -7 (99.0371389%); 752 - 825 = -73
        // (91.1515152%): the CSV's percentages have 6 decimals.
        assertThat(rows).containsExactly(
                "2012 | Defendants adjudicated | 1170000 | 1174133 | -4133 | 99.647996 | "
                        + "Dui Hua (China Law Yearbook) (persons_adjudicated_yearbook, grade B)",
                "2012 | Acquittals | 720 | 727 | -7 | 99.037139 | "
                        + "Dui Hua (China Law Yearbook) (acquitted_total_yearbook, grade B)",
                "2013 | Acquittals | 752 | 825 | -73 | 91.151515 | Dui Hua (China Law Yearbook) (acquitted_total, grade B)");
    }

    @Test
    void noFiguresNoSection() {
        ReportContext ctx = new ReportContext(ReportFixture.national().input());
        assertThat(Reconciliation.build(ctx, null)).isEmpty();
    }
}
