package org.judicialmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.report.fixture.ReportFixture;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.ReportTable;
import org.junit.jupiter.api.Test;

/** The content's judgement calls: which changes are called real, and what the breakdown tables withhold. */
class ReportContentTest {

    private final ReportContent content =
            ReportContent.of(ReportFixture.national().input());

    @Test
    void mainPointsCallAChangeRealOnlyWhenItsIntervalExcludesZero() {
        assertThat(content.mainPoints())
                .anyMatch(p -> p.startsWith("Acquittal rate rose from 0.04332% in 2024 to 0.05006% in 2025"))
                .noneMatch(p -> p.startsWith("Withdrawal ratio rose") || p.startsWith("Withdrawal ratio fell"));
    }

    @Test
    void mainPointsLeadWithTheHeadlineFiguresThenTheLargestMeaningfulChangeAndSayTheRestInOneLine() {
        List<String> points = content.mainPoints();
        assertThat(points.get(0)).startsWith("In 2025, courts adjudicated 1,638,000 defendants and acquitted 820");
        int firstChange = 0;
        while (!points.get(firstChange).contains(" rose ") && !points.get(firstChange).contains(" fell ")) {
            firstChange++;
        }
        assertThat(firstChange).as("headline figures before any change").isGreaterThanOrEqualTo(3);
        List<String> changes = points.stream().filter(p -> p.contains(" rose ") || p.contains(" fell ")).toList();
        assertThat(changes).hasSizeGreaterThanOrEqualTo(2);
        assertThat(points.subList(firstChange, firstChange + changes.size())).isEqualTo(changes);
        // sizes read back from the text ("+0.006740 pp" and "+0.01074 pp"): largest first
        List<Double> sizes = changes.stream().map(ReportContentTest::pointsOf).toList();
        for (int i = 1; i < sizes.size(); i++) {
            assertThat(sizes.get(i)).as("change %s against the one before", i).isLessThanOrEqualTo(sizes.get(i - 1));
        }
        List<String> noise = points.stream().filter(p -> p.contains("noise")).toList();
        assertThat(noise).singleElement().asString()
                .startsWith("Within noise (the 95% CI of the change includes zero): ")
                .contains("Withdrawal ratio (2024 to 2025)", "Exclusion grant rate (2024 to 2025)",
                        "Overturn rate (2024 to 2025)");
        assertThat(points.indexOf(noise.get(0))).isEqualTo(firstChange + changes.size());
    }

    private static double pointsOf(String change) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([+-][0-9.]+) pp").matcher(change);
        assertThat(m.find()).as(change).isTrue();
        return Math.abs(Double.parseDouble(m.group(1)));
    }

    @Test
    void breakdownTablesNeverLeaveASingleSuppressedCellInAColumn() {
        List<ReportTable> tables = content.tables().stream()
                .filter(t -> t.id().startsWith("breakdown-")
                        || t.id().startsWith("exclusion-") && !t.id().equals("exclusion-decisions"))
                .toList();
        assertThat(tables).hasSizeGreaterThan(5);
        for (ReportTable t : tables) {
            for (int col = 1; col < t.columns().size(); col++) {
                int column = col;
                long withheld = t.rows().stream()
                        .map(r -> r.get(column))
                        .filter(c -> c.text().equals("[c]"))
                        .count();
                assertThat(withheld)
                        .as("%s, column %s", t.id(), t.columns().get(col).header())
                        .isNotEqualTo(1);
            }
        }
    }

    @Test
    void smallRegionAndItsNextSmallestSiblingAreWithheldWithTheirRates() {
        ReportTable regions = table("breakdown-region");
        assertThat(row(regions, "Tibet")).extracting(Cell::text).containsExactly("Tibet", "2,100", "[c]", "[c]", "[c]");
        assertThat(row(regions, "Sichuan"))
                .extracting(Cell::text)
                .containsExactly("Sichuan", "150,000", "[c]", "[c]", "[c]");
        assertThat(row(regions, "All"))
                .extracting(Cell::text)
                .containsExactly("All", "1,638,000", "820", "0.05006%", "[0.04675%, 0.05361%]");
    }

    @Test
    void ratesOnFewEventsOrSmallDenominatorsAreFlaggedU() {
        ReportContext ctx = new ReportContext(ReportFixture.national().input());
        assertThat(ctx.cells().rate(Optional.of(rate(12, 5_000)), false).display())
                .isEqualTo("0.2400% [u]");
        assertThat(ctx.cells().rate(Optional.of(rate(30, 90)), false).display()).isEqualTo("33.333% [u]");
        assertThat(ctx.cells().rate(Optional.of(rate(30, 5_000)), false).display())
                .isEqualTo("0.6000%");
        assertThat(ctx.cells().rate(Optional.of(rate(3, 90)), true).display()).isEqualTo("[c]");
    }

    private static MetricRow rate(long x, long n) {
        return new MetricRow(
                "j",
                "r",
                "year",
                "2025",
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31),
                "region",
                "R",
                "acquittal_rate",
                x,
                n,
                (double) x / n,
                null,
                null,
                "",
                "final",
                "1");
    }

    private ReportTable table(String id) {
        return content.tables().stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static List<Cell> row(ReportTable t, String first) {
        return t.rows().stream()
                .filter(r -> r.get(0).text().equals(first))
                .findFirst()
                .orElseThrow();
    }
}
