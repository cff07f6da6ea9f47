package org.judicialmetrics.generate;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.judicialmetrics.model.Dataset;

/** Reads back what the generator wrote, row by row, so tests can check the files rather than the code. */
final class GeneratedFiles {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    private GeneratedFiles() {
    }

    static void forEachRow(Path out, Dataset dataset, Consumer<CSVRecord> action) {
        try (Reader reader = Files.newBufferedReader(SyntheticGenerator.csvFile(out, dataset), StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            parser.forEach(action);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> header(Path out, Dataset dataset) {
        try (Reader reader = Files.newBufferedReader(SyntheticGenerator.csvFile(out, dataset), StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            return parser.getHeaderNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GenerationReport generate(Path out, int defendants, long seed, boolean dirty) {
        try {
            return new SyntheticGenerator(new GeneratorSettings(defendants, seed, 2010, 2025, dirty)).generate(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
