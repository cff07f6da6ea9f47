package org.judicialmetrics.generate;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.util.Json;

/**
 * Writes the three canonical datasets as deterministic synthetic CSV files calibrated to the published national
 * figures, plus {@code GENERATED.json}, and on request a Parquet copy: test and demo data without real records.
 */
public final class SyntheticGenerator {

    /** Name of the run summary written beside the datasets. */
    public static final String SUMMARY_FILE = "GENERATED.json";

    private final GeneratorSettings settings;
    private final NationalCalibration calibration = NationalCalibration.load();

    public SyntheticGenerator(GeneratorSettings settings) {
        this.settings = settings;
    }

    /** Where a dataset's CSV is written in {@code out}. */
    public static Path csvFile(Path out, Dataset dataset) {
        return DatasetCsvWriter.file(out, dataset);
    }

    /** Where a dataset's Parquet copy is written in {@code out}. */
    public static Path parquetFolder(Path out, Dataset dataset) {
        return out.resolve("parquet").resolve(dataset.id() + ".parquet");
    }

    /** Writes the CSV files and {@code GENERATED.json} into {@code out} (created if needed) and returns the summary. */
    public GenerationReport generate(Path out) throws IOException {
        Files.createDirectories(out);
        SplittableRandom master = new SplittableRandom(settings.seed());
        SplittableRandom cases = master.split();
        SplittableRandom reviews = master.split();
        FaultInjector faults = settings.dirty() ? FaultInjector.dirty(master.split(), settings.endDate())
                : FaultInjector.clean();
        double sampleFraction = settings.defendants()
                / calibration.personsAdjudicated(settings.fromYear(), settings.toYear());
        TreeMap<String, Long> rows = new TreeMap<>();
        try (DatasetCsvWriter outcomes = new DatasetCsvWriter(out, Dataset.DEFENDANT_OUTCOMES, faults);
             DatasetCsvWriter motions = new DatasetCsvWriter(out, Dataset.EXCLUSION_MOTIONS, faults);
             DatasetCsvWriter convictionReviews = new DatasetCsvWriter(out, Dataset.CONVICTION_REVIEWS, faults)) {
            DefendantOutcomeGenerator defendants = new DefendantOutcomeGenerator(outcomes,
                    new ExclusionMotionGenerator(motions), new OutcomeModel(calibration), settings.endDate());
            ConvictionReviewGenerator reviewGenerator = new ConvictionReviewGenerator(convictionReviews, calibration);
            int[] perYear = calibration.allocate(settings.defendants(), settings.fromYear(), settings.toYear());
            for (int year = settings.fromYear(); year <= settings.toYear(); year++) {
                defendants.year(year, perYear[year - settings.fromYear()], cases);
                reviewGenerator.year(year, sampleFraction, reviews);
            }
            rows.put(Dataset.DEFENDANT_OUTCOMES.id(), outcomes.rows());
            rows.put(Dataset.EXCLUSION_MOTIONS.id(), motions.rows());
            rows.put(Dataset.CONVICTION_REVIEWS.id(), convictionReviews.rows());
        }
        GenerationReport report = new GenerationReport(settings, sampleFraction, rows,
                faults.enabled() ? FaultInjector.FAULT_RATE : null, faults.enabled() ? faults.counts() : null);
        writeSummary(out.resolve(SUMMARY_FILE), report);
        return report;
    }

    /**
     * Reads the CSV files written by {@link #generate} with the typed schema and writes each as Parquet with one
     * output file under {@code <out>/parquet/}. Values that do not fit the type (dirty rows) become null.
     */
    public static void writeParquet(SparkSession spark, Path out) {
        for (Dataset dataset : Dataset.values()) {
            spark.read()
                    .option("header", "true")
                    .option("dateFormat", "yyyy-MM-dd")
                    .option("mode", "PERMISSIVE")
                    .schema(dataset.typedSchema())
                    .csv(csvFile(out, dataset).toAbsolutePath().toString())
                    .coalesce(1)
                    .write()
                    .mode(SaveMode.Overwrite)
                    .parquet(parquetFolder(out, dataset).toAbsolutePath().toString());
        }
    }

    private static void writeSummary(Path file, GenerationReport report) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        Files.writeString(file, Json.mapper().writer(printer).writeValueAsString(report) + "\n",
                StandardCharsets.UTF_8);
    }
}
