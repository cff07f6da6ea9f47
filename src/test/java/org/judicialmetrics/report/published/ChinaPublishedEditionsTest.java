package org.judicialmetrics.report.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.judicialmetrics.counts.CountTable;
import org.judicialmetrics.counts.PublishedFiguresReader;
import org.judicialmetrics.ingest.mapping.SourceMappingLoader;
import org.judicialmetrics.report.ReportRenderer;
import org.judicialmetrics.spec.JobSpecLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The China published-figures report in the cn profile's languages: the Chinese edition beside the English one, from
 * the same figures through the shared renderer, every caption, header, chart and paragraph in Chinese, and its PDF's
 * text extractable with the CJK font embedded; the English edition shows no Chinese but the link to the other.
 */
class ChinaPublishedEditionsTest {

    private static final Pattern FIGURE = Pattern.compile("[0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?%?");

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
                    .allMatch(ChinaPublishedEditionsTest::chinese);
            assertThat(matches(table, "<th scope=\"col\"[^>]*>([^<]*)</th>")).as(id).isNotEmpty()
                    .allMatch(h -> chinese(h) || h.matches("[0-9]{4}"));
            List<String> numbers = numbers(body(zh, id));
            assertThat(numbers).as(id).isEqualTo(numbers(body(en, id)));
        }
        // a table's figures, checked against the count table: 2025, 1,235 withdrawals permitted, 294 acquittals
        assertThat(numbers(body(zh, "table-withdrawals-and-acquittals"))).containsExactly("1,235", "294");
        // measures, denominators and units in the profile's Chinese words
        assertThat(body(zh, "table-acquittal-rate-combined")).contains("已判决人数（年鉴）", "判处刑罚人数（比值，最高人民法院）");
        assertThat(body(zh, "table-other-yearly-figures")).contains("一审审结案件数", "<td>件</td>");
    }

    @Test
    void mainPointsAndParagraphsAreInChineseWithTheSameFigures() {
        List<String> enPoints = points(en);
        List<String> zhPoints = points(zh);
        assertThat(zhPoints).hasSize(enPoints.size()).hasSizeGreaterThanOrEqualTo(6)
                .allMatch(ChinaPublishedEditionsTest::chinese);
        for (int i = 0; i < enPoints.size(); i++) {
            assertThat(figures(zhPoints.get(i))).as("main point %s", i)
                    .containsExactlyInAnyOrderElementsOf(figures(enPoints.get(i)));
        }
        assertThat(zhPoints).anyMatch(p -> p.contains("由2000年的1.020% [0.9958%, 1.045%]（648,725人中6,617人）下降至"));
        List<String> paragraphs = matches(zh.substring(zh.indexOf("<section id=\"main-points\"")), "<p>([^<]+)</p>");
        assertThat(paragraphs).hasSizeGreaterThan(10).allMatch(ChinaPublishedEditionsTest::chinese);
        assertThat(matches(zh, "<h2[^>]*>([^<]+)</h2>")).isNotEmpty().allMatch(ChinaPublishedEditionsTest::chinese);
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
            assertThat(texts).as(chart).anyMatch(ChinaPublishedEditionsTest::chinese)
                    .allMatch(t -> chinese(t) || t.matches("[0-9.,% ]*"));
            assertThat(svg).as(chart).contains("Droid Sans Fallback");
            assertThat(dir.resolve("charts").resolve(chart + ".zh.png")).isRegularFile();
            assertThat(Files.readString(dir.resolve("charts").resolve(chart + ".svg"))).as(chart)
                    .doesNotContainPattern("\\p{IsHan}");
        }
        List<String> alts = matches(zh, "<img [^>]*alt=\"([^\"]*)\"");
        assertThat(alts).hasSameSizeAs(charts).allMatch(ChinaPublishedEditionsTest::chinese);
        assertThat(matches(zh, "<figcaption>([^<]*)<")).hasSameSizeAs(charts)
                .allMatch(ChinaPublishedEditionsTest::chinese);
    }

    @Test
    void chinesePdfHasChineseTextInTheEmbeddedCjkFont() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("report.zh.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("主要发现", "无罪判决率", "纠正重大冤错案件", "1,431,585", "0.04408%");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-Hans");
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).anyMatch(f -> f.contains("DroidSansFallback"));
        }
    }

    private static boolean chinese(String text) {
        return Pattern.compile("\\p{IsHan}").matcher(text).find();
    }

    private static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String body(String html, String id) {
        int start = html.indexOf("<tbody>", html.indexOf("id=\"" + id + "\""));
        return html.substring(start, html.indexOf("</tbody>", start));
    }

    /** The numeric cells of a table body, in order. */
    private static List<String> numbers(String body) {
        return matches(body, "<td class=\"num\">([^<]*)</td>");
    }

    private static List<String> points(String html) {
        int start = html.indexOf("<ul class=\"points\">");
        String list = html.substring(start, html.indexOf("</ul>", start));
        return List.of(list.split("<li>")).stream().skip(1)
                .map(li -> li.substring(0, li.indexOf("</li>")).strip()).toList();
    }

    /** The numbers of a sentence, as printed: counts, rates and interval ends (years included). */
    private static List<String> figures(String sentence) {
        List<String> found = new ArrayList<>();
        Matcher m = FIGURE.matcher(sentence);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
