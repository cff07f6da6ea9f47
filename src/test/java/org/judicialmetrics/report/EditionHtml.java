package org.judicialmetrics.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading a rendered report edition in tests: its HTML tables' cells, main points, figures and script; its PDF fonts. */
public final class EditionHtml {

    private static final Pattern FIGURE = Pattern.compile("[0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?%?");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private EditionHtml() {
    }

    /** Whether the text has a Chinese character. */
    public static boolean chinese(String text) {
        return HAN.matcher(text).find();
    }

    /** The first group of every match of {@code regex} in {@code text}, in order. */
    public static List<String> matches(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The body of the table with the given element id. */
    public static String tableBody(String html, String id) {
        int start = html.indexOf("<tbody>", html.indexOf("id=\"" + id + "\""));
        return html.substring(start, html.indexOf("</tbody>", start));
    }

    /** The numeric cells of a table body, in order. */
    public static List<String> numbers(String body) {
        return matches(body, "<td class=\"num\">([^<]*)</td>");
    }

    /** The row headers of a table body, in order. */
    public static List<String> rowHeaders(String body) {
        return matches(body, "<th scope=\"row\"[^>]*>([^<]*)</th>");
    }

    /** The main points, as the list items of the page. */
    public static List<String> points(String html) {
        int start = html.indexOf("<ul class=\"points\">");
        String list = html.substring(start, html.indexOf("</ul>", start));
        return List.of(list.split("<li>")).stream().skip(1)
                .map(li -> li.substring(0, li.indexOf("</li>")).strip()).toList();
    }

    /** A font of a PDF page: its name and whether the file embeds it. */
    public record PdfFont(String name, boolean embedded) {
    }

    /** The fonts of every page of a PDF. */
    public static List<PdfFont> fonts(org.apache.pdfbox.pdmodel.PDDocument pdf) throws java.io.IOException {
        List<PdfFont> fonts = new ArrayList<>();
        for (org.apache.pdfbox.pdmodel.PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                var font = page.getResources().getFont(name);
                fonts.add(new PdfFont(font.getName(), font.isEmbedded()));
            }
        }
        return fonts;
    }

    /** The numbers of a sentence, as printed: counts, rates and interval ends (years included). */
    public static List<String> figures(String sentence) {
        List<String> found = new ArrayList<>();
        Matcher m = FIGURE.matcher(sentence);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
