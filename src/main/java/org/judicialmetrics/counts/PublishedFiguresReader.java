package org.judicialmetrics.counts;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.judicialmetrics.ingest.InputException;

/**
 * Reads a count table ({@code outcome_counts}: period, measure, count, source, reliability) from CSV, accepting the
 * reference file's column names ({@code metric}, {@code value}, {@code source_outlet}, {@code source_url}) as well;
 * a row that cannot be read stops the run naming the file, the line and the column.
 */
public final class PublishedFiguresReader {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");
    private static final Set<String> GRADES = Set.of("A", "B", "C");
    /** Canonical column -> the names it may have in a file, canonical first. */
    private static final Map<String, List<String>> COLUMNS = Map.of(
            "period", List.of("period"),
            "measure", List.of("measure", "metric"),
            "count", List.of("count", "value"),
            "unit", List.of("unit"),
            "reliability", List.of("reliability"),
            "source", List.of("source", "source_outlet"),
            "url", List.of("url", "source_url"),
            "note", List.of("note"));
    private static final Set<String> REQUIRED = Set.of("period", "measure", "count", "reliability", "source");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();

    private PublishedFiguresReader() {
    }

    public static List<PublishedFigure> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVParser.parse(in, FORMAT)) {
            Map<String, String> names = columnNames(file, csv.getHeaderNames());
            List<PublishedFigure> figures = new ArrayList<>();
            for (CSVRecord r : csv) {
                figures.add(figure(file, r, names));
            }
            return figures;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InputException(file + ": cannot be read as a count table: " + e.getMessage(), e);
        }
    }

    /** Canonical column -> the file's column holding it. */
    private static Map<String, String> columnNames(Path file, List<String> header) {
        Map<String, String> found = new HashMap<>();
        List<String> cleaned = header.stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
        COLUMNS.forEach((canonical, aliases) -> aliases.stream()
                .filter(cleaned::contains)
                .findFirst()
                .ifPresent(a -> found.put(canonical, header.get(cleaned.indexOf(a)))));
        for (String required : REQUIRED) {
            if (!found.containsKey(required)) {
                throw new InputException(file + ": missing column '" + required + "' (or " + COLUMNS.get(required)
                        + "); found " + cleaned);
            }
        }
        return found;
    }

    private static PublishedFigure figure(Path file, CSVRecord r, Map<String, String> names) {
        String where = file + " row " + r.getRecordNumber() + " (after the header)";
        String period = field(r, names, "period");
        Matcher m = PERIOD.matcher(period);
        if (!m.matches()) {
            throw new InputException(where + ": column 'period': '" + period + "' is not a year (2016) or a span of"
                    + " years (2013-2017)");
        }
        int start = Integer.parseInt(m.group(1));
        int end = m.group(2) == null ? start : Integer.parseInt(m.group(2));
        if (end < start) {
            throw new InputException(where + ": column 'period': '" + period + "' ends before it starts");
        }
        String measure = field(r, names, "measure");
        if (measure.isEmpty()) {
            throw new InputException(where + ": column 'measure': missing");
        }
        String text = field(r, names, "count").replace(",", "");
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InputException(where + ": column 'count': '" + text + "' is not a number (a missing figure is"
                    + " left out of the table, never written as 0)");
        }
        if (value < 0) {
            throw new InputException(where + ": column 'count': " + text + " is negative");
        }
        String grade = field(r, names, "reliability");
        if (!GRADES.contains(grade)) {
            throw new InputException(where + ": column 'reliability': '" + grade + "'; allowed: A, B, C");
        }
        return new PublishedFigure(period, start, end, measure, value, field(r, names, "unit"), grade,
                field(r, names, "source"), field(r, names, "url"), field(r, names, "note"));
    }

    private static String field(CSVRecord r, Map<String, String> names, String canonical) {
        String column = names.get(canonical);
        if (column == null || !r.isSet(column)) {
            return "";
        }
        return r.get(column).trim();
    }
}
