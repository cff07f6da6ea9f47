package org.judicialmetrics.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.util.Text;

/**
 * Parses one CSV or JSON Lines file into raw records, on an executor: the file's declared encoding, byte-order marks,
 * CR/LF/CRLF line ends, quoted fields with commas and newlines, blank lines and surrounding spaces are handled; each
 * record keeps its line number. JSON numbers and booleans are read as the columns they fill.
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

    private final int width;
    private final RecordShaper shaper;
    private final Map<String, Column> direct;

    /** @param width the number of canonical columns the shaper produces */
    public TextRecordParser(int width, RecordShaper shaper) {
        this.width = width;
        this.shaper = shaper;
        this.direct = Map.copyOf(shaper.directSources());
    }

    /**
     * Opens a file as text in its encoding (a Java charset name), with any byte-order mark removed; a byte that is
     * not valid in the encoding stops the run naming the file, the line and the byte offset.
     */
    public static Reader open(InputStream in, String file, String encoding) throws IOException {
        return new BufferedReader(DecodingReader.open(in, file, encoding));
    }

    /**
     * The records of a CSV file, parsed lazily as they are consumed; a structural error (such as an unclosed quote)
     * stops the run naming file and line. The reader is closed when the records are exhausted.
     */
    public Iterator<Row> csv(String file, Reader reader) throws IOException {
        LineCountingReader lines = new LineCountingReader(reader);
        CSVParser parser = CSV.parse(lines);
        Map<String, Integer> header = parser.getHeaderMap();
        int fields = parser.getHeaderNames().size();
        Iterator<CSVRecord> records = parser.iterator();
        return new Lazy(parser) {
            private long line = parser.getCurrentLineNumber();

            @Override
            Row next(boolean[] done) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        done[0] = true;
                        return null;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw new InputException(file + ": line " + (line + 1) + ": " + csvError(e.getCause()));
                }
                long start = lines.lineAt(record.getCharacterPosition());
                line = parser.getCurrentLineNumber();
                if (record.size() < fields && !lines.endsWithLineBreak() && !hasNextRecord()) {
                    throw new InputException(file + ": line " + start + ": the file ends in the middle of a record ("
                            + record.size() + " of " + fields + " fields, no line end): it looks cut short; nothing"
                            + " was published from it");
                }
                if (record.size() < fields || !extraFieldsEmpty(record, fields)) {
                    return malformed(file, start, "has " + record.size() + " fields where the header has " + fields);
                }
                return shaped(file, start, name -> {
                    Integer index = header.get(name);
                    return index == null ? null : Text.blankToNull(record.get(index));
                });
            }

            private boolean hasNextRecord() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    return true; // the next record is broken: its own error says so when it is read
                }
            }
        };
    }

    /** Commons CSV's structural errors in our words; the file's line is given by the caller. */
    private static String csvError(java.io.IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "the file ends inside a quoted field (a quote is never closed): it looks cut short, or a quote is"
                    + " missing";
        }
        if (m.contains("Invalid character between encapsulated token and delimiter")) {
            return "text follows a closing quote before the next comma: expected a comma or a line end after a"
                    + " quoted field";
        }
        return "cannot be parsed as CSV (" + m.replaceAll("\\s+", " ") + ")";
    }

    /** The non-blank lines of a JSON Lines file, lazily; a line that is not a JSON object becomes a malformed record. */
    public Iterator<Row> jsonLines(String file, Reader reader) {
        BufferedReader lines = new BufferedReader(reader);
        return new Lazy(lines) {
            private long line;

            @Override
            Row next(boolean[] done) throws IOException {
                String text;
                do {
                    text = lines.readLine();
                    line++;
                } while (text != null && text.isBlank());
                if (text == null) {
                    done[0] = true;
                    return null;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(text);
                } catch (JsonProcessingException e) {
                    return malformed(file, line, "is not valid JSON: " + e.getOriginalMessage());
                }
                if (node == null || !node.isObject()) {
                    return malformed(file, line, "is not a JSON object");
                }
                long at = line;
                return shaped(file, line, name -> TypedValues.json(file, at, name, node.get(name), direct.get(name)));
            }
        };
    }

    /** An iterator that reads one record ahead and closes its source when exhausted. */
    private abstract static class Lazy implements Iterator<Row> {
        private final java.io.Closeable source;
        private Row ahead;
        private boolean finished;

        Lazy(java.io.Closeable source) {
            this.source = source;
        }

        /** The next record, or null with {@code done[0]} set at the end. */
        abstract Row next(boolean[] done) throws IOException;

        @Override
        public boolean hasNext() {
            if (ahead == null && !finished) {
                boolean[] done = {false};
                try {
                    ahead = next(done);
                    if (done[0]) {
                        finished = true;
                        source.close();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return ahead != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Row r = ahead;
            ahead = null;
            return r;
        }
    }

    private Row shaped(String file, long position, java.util.function.UnaryOperator<String> field) {
        RecordShaper.Shaped shaped = shaper.shape(file, position, field);
        return RawColumns.row(shaped.values(), file, position, null, shaped.dropReason());
    }

    private Row malformed(String file, long position, String why) {
        return RawColumns.row(new String[width], file, position, why, null);
    }

    private static boolean extraFieldsEmpty(CSVRecord record, int width) {
        for (int i = width; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
