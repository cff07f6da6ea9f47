package org.judicialmetrics.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Parses one CSV or JSON Lines file into raw records, on an executor: byte-order marks, CR/LF/CRLF line ends, quoted
 * fields with commas and newlines, blank lines and surrounding spaces are handled; each record keeps its line number.
 */
public final class TextRecordParser implements Serializable {

    /** The CSV dialect of canonical files: RFC 4180 with a header row, lenient about spaces and blank lines. */
    public static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .setAllowMissingColumnNames(true)
            .get();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> columns;

    public TextRecordParser(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Opens a file as UTF-8 text with any byte-order mark removed. */
    public static Reader open(InputStream in) throws IOException {
        return new BufferedReader(new InputStreamReader(
                BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8));
    }

    /** Every record of a CSV file; a structural error (such as an unclosed quote) stops the run naming file and line. */
    public List<Row> csv(String file, InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSV.parse(open(in))) {
            Map<String, Integer> header = parser.getHeaderMap();
            int width = parser.getHeaderNames().size();
            long line = parser.getCurrentLineNumber();
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException e) {
                    throw new InputException(file + ": line " + (line + 1) + ": cannot be parsed as CSV: "
                            + e.getCause().getMessage());
                }
                long start = line + 1;
                line = parser.getCurrentLineNumber();
                Object[] values = new Object[columns.size() + 3];
                String malformed = null;
                if (record.size() < width || !extraFieldsEmpty(record, width)) {
                    malformed = "has " + record.size() + " fields where the header has " + width;
                } else {
                    for (int i = 0; i < columns.size(); i++) {
                        Integer index = header.get(columns.get(i));
                        values[i] = index == null ? null : blankToNull(record.get(index));
                    }
                }
                rows.add(row(values, file, start, malformed));
            }
        }
        return rows;
    }

    /** Every non-blank line of a JSON Lines file; a line that is not a JSON object becomes a malformed record. */
    public List<Row> jsonLines(String file, InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(open(in))) {
            String text;
            long line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                Object[] values = new Object[columns.size() + 3];
                String malformed = null;
                try {
                    JsonNode node = JSON.readTree(text);
                    if (node == null || !node.isObject()) {
                        malformed = "is not a JSON object";
                    } else {
                        for (int i = 0; i < columns.size(); i++) {
                            values[i] = text(node.get(columns.get(i)));
                        }
                    }
                } catch (JsonProcessingException e) {
                    malformed = "is not valid JSON: " + e.getOriginalMessage();
                }
                rows.add(row(values, file, line, malformed));
            }
        }
        return rows;
    }

    private Row row(Object[] values, String file, long position, String malformed) {
        if (malformed != null) {
            java.util.Arrays.fill(values, 0, columns.size(), null);
        }
        values[columns.size()] = file;
        values[columns.size() + 1] = position;
        values[columns.size() + 2] = malformed;
        return RowFactory.create(values);
    }

    private static boolean extraFieldsEmpty(CSVRecord record, int width) {
        for (int i = width; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return blankToNull(value.isValueNode() ? value.asText() : value.toString());
    }

    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
