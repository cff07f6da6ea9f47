package org.judicialmetrics.report.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialmetrics.report.EditionHtml.chinese;
import static org.judicialmetrics.report.EditionHtml.figures;
import static org.judicialmetrics.report.EditionHtml.matches;
import static org.judicialmetrics.report.EditionHtml.numbers;
import static org.judicialmetrics.report.EditionHtml.points;
import static org.judicialmetrics.report.EditionHtml.tableBody;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.judicialmetrics.report.EditionHtml.PdfFont;
import org.judicialmetrics.counts.CountTable;
import org.judicialmetrics.counts.PublishedFiguresReader;
import org.judicialmetrics.ingest.mapping.SourceMappingLoader;
import org.judicialmetrics.report.ReportRenderer;
import org.judicialmetrics.spec.JobSpecLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.judicialmetrics.report.EditionHtml;
import org.junit.jupiter.api.io.TempDir;

/**
 * The China published-figures report in the cn profile's languages: the Chinese edition beside the English one, from
 * the same figures through the shared renderer, every caption, header, chart and paragraph in Chinese, and its PDF's
 * text extractable with the CJK font embedded; the English edition shows no Chinese but the link to the other.
 */
class ChinaPublishedEditionsTest {

    @TempDir
    static Path out;

    private static Path dir;
    private static String en;
    private static String zh;

    @BeforeAll
    static void render() throws IOException {
        PublishedFiguresReport report = new PublishedFiguresReport(
                new JobSpecLoader(Path.of("jobs")).load("china-published"),
                new CountTable(PublishedFiguresReader.read(Path.of("data/reference/china-published-figures.csv"),
                        java.util.Optional.of(SourceMappingLoader.read(
                                Path.of("jobs/sources/china-published-figures.json"))))),
                "china-published-figures.csv", 2000, 2025, LocalDate.of(2026, 6, 30), Instant.EPOCH, "run");
        assertThat(report.editions()).hasSize(2);
        dir = ReportRenderer.renderEditions(report.editions(), out.resolve("period"));
        en = Files.readString(dir.resolve("index.html"));
        zh = Files.readString(dir.resolve("index.zh.html"));
    }

    @Test
    void chineseEditionIsWrittenBesideTheEnglishAndLinked() {
        assertThat(dir.resolve("report.zh.pdf")).isRegularFile();
        assertThat(dir.resolve("report.pdf")).isRegularFile();
        assertThat(zh).contains("lang=\"zh-Hans\"", "href=\"index.html\"")
                .contains("无罪判决率", "宣告无罪", "纠正重大冤错案件", "非法证据", "符号说明");
        assertThat(en).contains("href=\"index.zh.html\"", "href=\"report.zh.pdf\"");
        // the English edition: no Chinese but the other edition's name (notes quoting Chinese show [zh])
        assertThat(en.replace("中文", "")).doesNotContainPattern("\\p{IsHan}").contains("[zh]");
        // the Chinese edition's font shows the Chinese originals of the notes in full
        assertThat(zh).doesNotContain("[zh]").contains("1.7万");
    }

    @Test
    void everyTableIsInChineseWithTheEnglishFigures() {
        List<String> ids = matches(en, "<table id=\"(table-[^\"]+)\"");
        assertThat(matches(zh, "<table id=\"(table-[^\"]+)\"")).isEqualTo(ids);
        assertThat(ids).contains("table-sources", "table-acquittal-rate-combined", "table-acquittals-by-prosecution",
                "table-withdrawals-and-acquittals", "table-multi-year-totals", "table-other-yearly-figures",
                "table-reliability-grades", "table-sources-cited", "table-symbols");
        for (String id : ids) {
            String table = zh.substring(zh.indexOf("<table id=\"" + id + "\""), zh.indexOf("</table>",
                    zh.indexOf("<table id=\"" + id + "\"")));
            assertThat(matches(table, "<caption>([^<]*)<")).as(id).isNotEmpty()
                    .allMatch(EditionHtml::chinese);
            assertThat(matches(table, "<th scope=\"col\"[^>]*>([^<]*)</th>")).as(id).isNotEmpty()
                    .allMatch(h -> chinese(h) || h.matches("[0-9]{4}"));
            List<String> numbers = numbers(tableBody(zh, id));
            assertThat(numbers).as(id).isEqualTo(numbers(tableBody(en, id)));
        }
        // a table's figures, checked against the count table: 2025, 1,235 withdrawals permitted, 294 acquittals
        assertThat(numbers(tableBody(zh, "table-withdrawals-and-acquittals"))).containsExactly("1,235", "294");
        // measures, denominators and units in the profile's Chinese words
        assertThat(tableBody(zh, "table-acquittal-rate-combined")).contains("已判决人数（年鉴）", "判处刑罚人数（比值，最高人民法院）");
        assertThat(tableBody(zh, "table-other-yearly-figures")).contains("一审审结案件数", "<td>件</td>");
    }

    @Test
    void mainPointsAndParagraphsAreInChineseWithTheSameFigures() {
        List<String> enPoints = points(en);
        List<String> zhPoints = points(zh);
        assertThat(zhPoints).hasSize(enPoints.size()).hasSizeGreaterThanOrEqualTo(6)
                .allMatch(EditionHtml::chinese);
        for (int i = 0; i < enPoints.size(); i++) {
            assertThat(figures(zhPoints.get(i))).as("main point %s", i)
                    .containsExactlyInAnyOrderElementsOf(figures(enPoints.get(i)));
        }
        assertThat(zhPoints).anyMatch(p -> p.contains("由2000年的1.020% [0.9958%, 1.045%]（648,725人中6,617人）下降至"));
        List<String> paragraphs = matches(zh.substring(zh.indexOf("<section id=\"main-points\"")), "<p>([^<]+)</p>");
        assertThat(paragraphs).hasSizeGreaterThan(10).allMatch(EditionHtml::chinese);
        assertThat(matches(zh, "<h2[^>]*>([^<]+)</h2>")).isNotEmpty().allMatch(EditionHtml::chinese);
    }

    @Test
    void everyChartIsDrawnInChinese() throws IOException {
        List<String> charts = matches(zh, "<figure id=\"chart-([^\"]+)\"");
        assertThat(charts).containsExactlyInAnyOrder("acquittal-rates", "acquittal-rates-since-2012",
                "acquittals-by-prosecution", "wrongful-convictions-corrected");
        for (String chart : charts) {
            String svg = Files.readString(dir.resolve("charts").resolve(chart + ".zh.svg"));
            List<String> texts = matches(svg, "<text[^>]*>([^<]*)</text");
            // title, axes and legend in Chinese: every text but tick labels (numbers, years) and reform dates
            assertThat(texts).as(chart).anyMatch(EditionHtml::chinese)
                    .allMatch(t -> chinese(t) || t.matches("[0-9.,% ]*"));
            assertThat(svg).as(chart).contains("Droid Sans Fallback");
            assertThat(dir.resolve("charts").resolve(chart + ".zh.png")).isRegularFile();
            assertThat(Files.readString(dir.resolve("charts").resolve(chart + ".svg"))).as(chart)
                    .doesNotContainPattern("\\p{IsHan}");
        }
        List<String> alts = matches(zh, "<img [^>]*alt=\"([^\"]*)\"");
        assertThat(alts).hasSameSizeAs(charts).allMatch(EditionHtml::chinese);
        assertThat(matches(zh, "<figcaption>([^<]*)<")).hasSameSizeAs(charts)
                .allMatch(EditionHtml::chinese);
    }

    @Test
    void chinesePdfHasChineseTextInTheEmbeddedCjkFont() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("report.zh.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("主要发现", "无罪判决率", "纠正重大冤错案件", "1,431,585", "0.04408%");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-Hans");
            assertThat(EditionHtml.fonts(pdf)).allMatch(PdfFont::embedded).anyMatch(f -> f.name().contains("DroidSansFallback"));
        }
    }
}
