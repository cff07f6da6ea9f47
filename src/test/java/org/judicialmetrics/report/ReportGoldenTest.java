package org.judicialmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.judicialmetrics.report.fixture.Golden;
import org.judicialmetrics.report.fixture.HtmlText;
import org.judicialmetrics.report.fixture.ReportFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture's report against reviewed golden files: every CSV table byte for byte, and the HTML's text. */
class ReportGoldenTest {

    @TempDir
    static Path out;

    static Path dir;

    @BeforeAll
    static void render() throws IOException {
        dir = ReportRenderer.render(ReportFixture.national().input(), out);
    }

    @Test
    void everyCsvTableMatchesItsGoldenFile() throws IOException {
        List<Path> csvs = csvs(dir);
        assertThat(csvs)
                .extracting(p -> p.getFileName().toString())
                .contains(
                        "headline.csv",
                        "breakdown-region.csv",
                        "era-comparison.csv",
                        "exclusion-evidence_type.csv",
                        "overturned-convictions.csv",
                        "trend-acquittal_rate.csv",
                        "data-quality-rows.csv",
                        "definitions.csv",
                        "symbols.csv",
                        "sources.csv");
        for (Path csv : csvs) {
            Golden.assertMatches("tables/" + csv.getFileName(), Files.readString(csv, StandardCharsets.UTF_8));
        }
    }

    @Test
    void htmlTextMatchesItsGoldenFile() throws IOException {
        Golden.assertMatches("index.txt", HtmlText.of(Files.readString(dir.resolve("index.html"))));
    }

    @Test
    void htmlIsSelfContained() throws IOException {
        String html = Files.readString(dir.resolve("index.html"));
        assertThat(html)
                .doesNotContain("src=\"http", "href=\"http", "<link", "@import", "<script")
                .contains("<img src=\"data:image/svg+xml;base64,", "<style>");
    }

    @Test
    void sameInputGivesSameBytesApartFromTheGeneratedAtStamp(@TempDir Path other) throws IOException {
        ReportInput later = ReportFixture.national().input();
        later = new ReportInput(
                later.spec(),
                later.period(),
                later.asOf(),
                Instant.parse("2026-03-01T00:00:00Z"),
                later.runId(),
                later.rows(),
                later.quality(),
                later.sources(),
                later.provisional(),
                later.glossary());
        Path again = ReportRenderer.render(later, other);
        for (Path csv : csvs(dir)) {
            assertThat(Files.readAllBytes(again.resolve("tables").resolve(csv.getFileName())))
                    .isEqualTo(Files.readAllBytes(csv));
        }
        for (String chart : List.of("trend-acquittal_rate.svg", "trend-acquittal_rate.png", "exclusion-stage.svg")) {
            assertThat(Files.readAllBytes(again.resolve("charts").resolve(chart)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("charts").resolve(chart)));
        }
        String first = Files.readString(dir.resolve("index.html")).replace("2026-02-01 06:30:00 UTC", "STAMP");
        String second = Files.readString(again.resolve("index.html")).replace("2026-03-01 00:00:00 UTC", "STAMP");
        assertThat(second).isEqualTo(first);
    }

    private static List<Path> csvs(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("tables"))) {
            return files.sorted().toList();
        }
    }
}
