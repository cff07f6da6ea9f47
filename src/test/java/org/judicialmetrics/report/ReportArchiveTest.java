package org.judicialmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's archive page lists published periods only, newest first. */
class ReportArchiveTest {

    @TempDir
    Path out;

    @Test
    void listsPublishedPeriodsNewestFirstAndSkipsTheRest() throws IOException {
        publish("2023", true);
        publish("2025", true);
        publish("2024", false);
        Files.createDirectories(out.resolve("national/2022"));
        Files.createDirectories(out.resolve("national/metrics"));

        Path index = ReportArchive.write(out, "national", "National <metrics>");

        assertThat(ReportArchive.published(out.resolve("national")))
                .extracting(ReportArchive.Entry::period)
                .containsExactly("2025", "2024", "2023");
        String html = Files.readString(index);
        assertThat(html)
                .contains("National &lt;metrics&gt;", "href=\"2025/index.html\"", "href=\"2025/report.pdf\"")
                .doesNotContain("2024/report.pdf", "2022/", "metrics/");
        assertThat(html.indexOf("2025/index.html")).isLessThan(html.indexOf("2024/index.html"));
    }

    @Test
    void linksEachPeriodsEditionsInOtherLanguages() throws IOException {
        publish("2024", true);
        publish("2025", true);
        Files.writeString(out.resolve("national/2025/index.zh.html"), "<html/>");
        Files.writeString(out.resolve("national/2025/report.zh.pdf"), "%PDF");

        String html = Files.readString(ReportArchive.write(out, "national", "National metrics"));

        assertThat(html).contains("<a href=\"2025/index.zh.html\" hreflang=\"zh-Hans\" lang=\"zh-Hans\">中文</a>",
                "<a href=\"2025/report.zh.pdf\" hreflang=\"zh-Hans\">PDF</a>");
        assertThat(html).doesNotContain("2024/index.zh.html");
    }

    @Test
    void quartersSortByTheirStart() throws IOException {
        publish("2024-Q4", true);
        publish("2025-Q1", true);
        publish("2024-Q3", true);
        assertThat(ReportArchive.published(out.resolve("national")))
                .extracting(ReportArchive.Entry::period)
                .containsExactly("2025-Q1", "2024-Q4", "2024-Q3");
    }

    private void publish(String period, boolean pdf) throws IOException {
        Path dir = Files.createDirectories(out.resolve("national").resolve(period));
        Files.writeString(dir.resolve("index.html"), "<html/>");
        if (pdf) {
            Files.writeString(dir.resolve("report.pdf"), "%PDF");
        }
    }
}
