package org.judicialmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialmetrics.report.EditionHtml.chinese;
import static org.judicialmetrics.report.EditionHtml.figures;
import static org.judicialmetrics.report.EditionHtml.matches;
import static org.judicialmetrics.report.EditionHtml.numbers;
import static org.judicialmetrics.report.EditionHtml.points;
import static org.judicialmetrics.report.EditionHtml.rowHeaders;
import static org.judicialmetrics.report.EditionHtml.tableBody;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.judicialmetrics.report.EditionHtml.PdfFont;
import org.judicialmetrics.report.fixture.ReportFixture;
import org.judicialmetrics.util.Placeholders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default profile's Chinese edition: rendered beside the English one from the same figures, through the same
 * template, its words from the zh bundle, its PDF text extractable with a CJK font embedded, and both editions linked.
 */
class ChineseEditionTest {

    @TempDir
    Path out;

    @Test
    void everyBundleHasEveryKeyWithTheSamePlaceholders() {
        var english = Messages.english().all();
        for (String language : Messages.LANGUAGES) {
            var other = Messages.of(language).all();
            assertThat(other.keySet()).as(language).isEqualTo(english.keySet());
            english.forEach((key, text) -> assertThat(Placeholders.names(other.get(key)))
                    .as("%s %s", language, key).isEqualTo(Placeholders.names(text)));
        }
    }

    @Test
    void chineseEditionShowsTheSameFiguresInChineseAndItsPdfHasChineseText() throws IOException {
        Path dir = ReportRenderer.render(ReportFixture.national().input(), out);
        String en = Files.readString(dir.resolve("index.html"));
        String zh = Files.readString(dir.resolve("index.zh.html"));
        assertThat(zh).contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-Hans\">")
                .contains("主要发现", "无罪判决率", "非法证据排除", "符号说明")
                .contains("href=\"index.html\"");
        assertThat(en).contains("href=\"index.zh.html\"", "href=\"report.zh.pdf\"");

        // the same figures: the headline table's cells are the same in both editions, and every figure of the
        // English main points' first sentence appears in the Chinese one
        assertThat(numbers(tableBody(zh, "table-headline"))).isNotEmpty().isEqualTo(numbers(tableBody(en, "table-headline")));
        List<String> enPoints = points(en);
        List<String> zhPoints = points(zh);
        assertThat(zhPoints).hasSameSizeAs(enPoints);
        // the profile's official Chinese term names the metric in the Chinese edition
        assertThat(zhPoints).contains("无罪判决率由2024年的0.04332%上升至2025年的0.05006%（+0.006740 pp，"
                + "95%置信区间[+0.002035, +0.01145] pp）。");
        for (int i = 0; i < enPoints.size(); i++) {
            assertThat(figures(zhPoints.get(i))).as("main point %s", i)
                    .containsExactlyInAnyOrderElementsOf(figures(enPoints.get(i)));
        }

        try (PDDocument pdf = Loader.loadPDF(dir.resolve("report.zh.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("主要发现", "宣告无罪", "1,638,000", "0.05006%");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-Hans");
            assertThat(EditionHtml.fonts(pdf)).allMatch(PdfFont::embedded).anyMatch(f -> f.name().contains("DroidSansFallback"));
        }
    }

    @Test
    void everyTableChartAndNoteOfTheChineseEditionIsInChineseWithTheEnglishFigures() throws IOException {
        Path dir = ReportRenderer.render(ReportFixture.national().input(), out);
        String en = Files.readString(dir.resolve("index.html"));
        String zh = Files.readString(dir.resolve("index.zh.html"));
        List<String> ids = matches(en, "<table id=\"(table-[^\"]+)\"");
        assertThat(matches(zh, "<table id=\"(table-[^\"]+)\"")).isEqualTo(ids);
        assertThat(ids).contains("table-breakdown-court_level", "table-definitions", "table-data-quality-rows");
        for (String id : ids) {
            String table = zh.substring(zh.indexOf("<table id=\"" + id + "\""), zh.indexOf("</table>",
                    zh.indexOf("<table id=\"" + id + "\"")));
            assertThat(matches(table, "<caption>([^<]*)<")).as(id).allMatch(EditionHtml::chinese);
            assertThat(matches(table, "<th scope=\"col\"[^>]*>([^<]*)</th>")).as(id).isNotEmpty()
                    .allMatch(h -> chinese(h) || h.matches("[0-9]{4}(-Q[1-4]|-[0-9]{2})?"));
            assertThat(numbers(tableBody(zh, id))).as(id).isEqualTo(numbers(tableBody(en, id)));
        }
        // codes from the data and the profile's breakdowns in the profile's Chinese words
        // the datasets as the profile names them in Chinese (their file names as they are)
        assertThat(rowHeaders(tableBody(zh, "table-sources"))).isNotEmpty().allMatch(EditionHtml::chinese)
                .contains("被告人判决结果");
        assertThat(rowHeaders(tableBody(zh, "table-data-quality-rows"))).isNotEmpty()
                .allMatch(EditionHtml::chinese);
        assertThat(rowHeaders(tableBody(zh, "table-breakdown-court_level"))).isNotEmpty()
                .allMatch(EditionHtml::chinese).contains("基层人民法院", "合计");
        // every chart: its own image in Chinese (the SVG's text), its caption and alt text in Chinese
        List<String> charts = matches(zh, "<figure id=\"chart-([^\"]+)\"");
        assertThat(charts).isNotEmpty();
        for (String chart : charts) {
            String svg = Files.readString(dir.resolve("charts").resolve(chart + ".zh.svg"));
            assertThat(matches(svg, "<text[^>]*>([^<]*)</text")).as(chart).anyMatch(EditionHtml::chinese);
            assertThat(svg).as(chart).contains("Droid Sans Fallback");
            assertThat(Files.readString(dir.resolve("charts").resolve(chart + ".svg"))).as(chart)
                    .doesNotContainPattern("\\p{IsHan}");
        }
        assertThat(matches(zh, "<img [^>]*alt=\"([^\"]*)\"")).hasSameSizeAs(charts)
                .allMatch(EditionHtml::chinese);
        // every paragraph of the sections is written in Chinese
        assertThat(matches(zh.substring(zh.indexOf("<section id=\"main-points\"")), "<p>([^<]+)</p>")).isNotEmpty()
                .allMatch(EditionHtml::chinese);
    }
}
