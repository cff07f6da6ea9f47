package org.judicialmetrics.report.table;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a published table as UTF-8 CSV with a header row, columns in table order and {@code \n} line ends, so the
 * same table always gives the same bytes. Text from the data that a spreadsheet would run as a formula (starting
 * with {@code = + - @}, tab or carriage return) is prefixed with {@code '}; numbers the report formatted itself, such
 * as -0.5, are written as they are.
 */
public final class CsvTableWriter {

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private CsvTableWriter() {
    }

    public static Path write(ReportTable table, Path dir) throws IOException {
        Path file = dir.resolve(table.id() + ".csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            List<String> header = new ArrayList<>();
            for (Column c : table.columns()) {
                header.add(guard(c.header()));
                if (c.flagged()) {
                    header.add(guard(c.header() + " flags"));
                }
            }
            csv.printRecord(header);
            for (List<Cell> row : table.rows()) {
                List<String> record = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    Cell cell = row.get(i);
                    record.add(cell.numeric() ? cell.plain() : guard(cell.plain()));
                    if (table.columns().get(i).flagged()) {
                        record.add(cell.flags());
                    }
                }
                csv.printRecord(record);
            }
        }
        return file;
    }

    /** Makes text from the data inert in spreadsheets. */
    public static String guard(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
