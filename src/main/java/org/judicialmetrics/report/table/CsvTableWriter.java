package org.judicialmetrics.report.table;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a published table as tidy UTF-8 CSV with a header row, columns in table order and {@code \n} line ends, so
 * the same table always gives the same bytes, and beside it its W3C CSVW metadata ({@code <id>.csv-metadata.json}:
 * each column's name, title, datatype and unit). A numeric column holds only numbers, each with its column's
 * decimals, or nothing: a symbol goes to the column's flags column; an interval is a low and a high column. Text from
 * the data that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage return) is
 * prefixed with {@code '}; numbers the report formatted itself, such as -0.5, are written as they are.
 */
public final class CsvTableWriter {

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Two-space indents and {@code \n} line ends on every platform. */
    private static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private static final String FLAGS_MEANING = "Symbols of the column %s: c withheld (disclosure control), "
            + "u low reliability, x not available, z not applicable, p provisional, r revised, b break in series; "
            + "a value withheld, not available or not applicable is empty.";

    private CsvTableWriter() {
    }

    /** Writes {@code <id>.csv} and {@code <id>.csv-metadata.json} into the folder and returns the CSV's path. */
    public static Path write(ReportTable table, Path dir) throws IOException {
        Path file = dir.resolve(table.id() + ".csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            List<String> header = new ArrayList<>();
            for (Column c : table.columns()) {
                c.csvHeaders().forEach(h -> header.add(guard(h)));
                if (c.flagged()) {
                    header.add(guard(c.flagsHeader()));
                }
            }
            csv.printRecord(header);
            for (List<Cell> row : table.rows()) {
                List<String> record = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    Column column = table.columns().get(i);
                    Cell cell = row.get(i);
                    if (column.numeric()) {
                        int decimals = table.csvDecimals(i);
                        record.add(cell.csv(false, decimals));
                        if (column.kind() == Column.Kind.INTERVAL) {
                            record.add(cell.csv(true, decimals));
                        }
                    } else {
                        record.add(guard(cell.plain()));
                    }
                    if (column.flagged()) {
                        record.add(cell.csvFlags());
                    }
                }
                csv.printRecord(record);
            }
        }
        Files.writeString(dir.resolve(metadataName(table)), metadata(table), StandardCharsets.UTF_8);
        return file;
    }

    /** The file name of a table's CSVW metadata, by the CSVW convention {@code <csv file>-metadata.json}. */
    public static String metadataName(ReportTable table) {
        return table.id() + ".csv-metadata.json";
    }

    /** The table's CSVW metadata: one column description per CSV column, in CSV order. */
    static String metadata(ReportTable table) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", "http://www.w3.org/ns/csvw");
        root.put("url", table.id() + ".csv");
        root.put("dc:title", table.caption());
        ObjectNode schema = root.putObject("tableSchema");
        ArrayNode columns = schema.putArray("columns");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            Column c = table.columns().get(i);
            List<String> titles = c.csvHeaders();
            for (int k = 0; k < titles.size(); k++) {
                ObjectNode col = columns.addObject();
                col.put("name", name(titles.get(k), names));
                col.put("titles", guard(titles.get(k)));
                col.put("datatype", table.datatype(i));
                col.put("null", "");
                if (c.numeric()) {
                    List<Unit> units = table.units(i);
                    col.put("schema:unitText", String.join(" or ", units.stream().map(Unit::label).toList()));
                    col.put("dc:description", c.header() + (c.kind() == Column.Kind.INTERVAL
                            ? k == 0 ? ", low end of the interval" : ", high end of the interval" : "")
                            + "; unit: " + String.join(" or ", units.stream().map(Unit::meaning).toList())
                            + (c.unit() == null ? ", as the row says" : "")
                            + "; " + table.csvDecimals(i) + " decimals");
                }
            }
            if (c.flagged()) {
                ObjectNode col = columns.addObject();
                col.put("name", name(c.flagsHeader(), names));
                col.put("titles", guard(c.flagsHeader()));
                col.put("datatype", "string");
                col.put("null", "");
                col.put("dc:description", String.format(Locale.ROOT, FLAGS_MEANING, c.title()));
            }
        }
        return PRETTY.writeValueAsString(root) + "\n";
    }

    /** A column name for CSVW: the header in lower case, {@code %} as {@code pct}, other runs of signs as {@code _}. */
    private static String name(String header, List<String> taken) {
        String base = header.toLowerCase(Locale.ROOT).replace("%", " pct ").replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "c_" + base;
        }
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + "_" + n;
        }
        taken.add(name);
        return name;
    }

    /** Makes text from the data inert in spreadsheets. */
    public static String guard(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
