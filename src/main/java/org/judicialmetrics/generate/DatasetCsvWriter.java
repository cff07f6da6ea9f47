package org.judicialmetrics.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.Dataset;

/**
 * Streams one canonical dataset to {@code <out>/<dataset_id>.csv}: UTF-8, header in canonical column order, {@code \n}
 * line ends; every row passes the fault injector on its way.
 */
final class DatasetCsvWriter implements AutoCloseable {

    private final Dataset dataset;
    private final CSVPrinter printer;
    private final FaultInjector faults;
    private long rows;

    DatasetCsvWriter(Path folder, Dataset dataset, FaultInjector faults) throws IOException {
        this.dataset = dataset;
        this.faults = faults;
        BufferedWriter writer = Files.newBufferedWriter(file(folder, dataset), StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setRecordSeparator("\n")
                .setHeader(dataset.columns().stream().map(Column::name).toArray(String[]::new))
                .get();
        this.printer = new CSVPrinter(writer, format);
    }

    /** Where a dataset's CSV goes in an output folder. */
    static Path file(Path folder, Dataset dataset) {
        return folder.resolve(dataset.id() + ".csv");
    }

    void write(CsvRow row) throws IOException {
        if (row.dataset() != dataset) {
            throw new IllegalArgumentException("a " + row.dataset().id() + " row in " + dataset.id());
        }
        for (CsvRow written : faults.apply(row)) {
            printer.printRecord(written.values());
            rows++;
        }
    }

    /** Rows written so far, duplicates included, header excluded. */
    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
