package org.judicialmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.judicialmetrics.report.fixture.ReportFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders the fixture's whole report; {@code -Dreport.sample.dir=/tmp/report-sample} keeps it for a look. */
class RenderReportTest {

    @TempDir
    Path tmp;

    @Test
    void rendersEveryOutputOfAPeriod() throws Exception {
        Path out = Path.of(System.getProperty("report.sample.dir", tmp.toString()));
        Path dir = ReportRenderer.render(ReportFixture.national().input(), out);
        ReportArchive.write(out, "national", "National judicial metrics");

        assertThat(dir).isEqualTo(out.resolve("national/2025"));
        assertThat(dir.resolve("index.html")).isRegularFile();
        assertThat(dir.resolve("report.pdf")).isRegularFile();
        assertThat(dir.resolve("tables/headline.csv")).isRegularFile();
        assertThat(dir.resolve("charts/trend-acquittal_rate.svg")).isRegularFile();
        assertThat(dir.resolve("charts/trend-acquittal_rate.png")).isRegularFile();
        assertThat(Files.readString(out.resolve("national/index.html"))).contains("2025/index.html");
    }

    @Test
    void reRenderingAPeriodLeavesNoStaleFiles() throws Exception {
        Path stale =
                Files.createDirectories(tmp.resolve("national/2025/charts")).resolve("old-chart.svg");
        Files.writeString(stale, "<svg/>");
        Path manifest = tmp.resolve("national/2025/manifest.json");
        Files.writeString(manifest, "{}");
        ReportRenderer.render(ReportFixture.national().input(), tmp);
        assertThat(stale).doesNotExist();
        assertThat(manifest).exists();
    }
}
