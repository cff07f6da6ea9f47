package org.judicialmetrics.generate;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.spark.Sessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code generate} command: deterministic synthetic canonical datasets from the command line (jobs/generate). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write deterministic synthetic canonical datasets calibrated to published national figures.")
public final class GenerateCommand implements Callable<Integer> {

    /** Exit code for bad arguments (spec section 7). */
    static final int INVALID = 2;
    /** Exit code for any other failure (spec section 7). */
    static final int FAILED = 1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if needed).")
    private Path out;

    @Option(names = "--defendants", paramLabel = "N", defaultValue = "400000",
            description = "Defendant rows to generate (default: ${DEFAULT-VALUE}).")
    private int defendants;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "2012",
            description = "Random seed; the same settings give the same bytes (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--from", paramLabel = "YEAR", defaultValue = "2010",
            description = "First year (default: ${DEFAULT-VALUE}).")
    private int fromYear;

    @Option(names = "--to", paramLabel = "YEAR", defaultValue = "2025",
            description = "Last year (default: ${DEFAULT-VALUE}).")
    private int toYear;

    @Option(names = "--dirty", description = "Mix in realistic faults (about 0.5%% of rows) for validation to catch.")
    private boolean dirty;

    @Option(names = "--parquet", description = "Also write Parquet copies under DIR/parquet (starts Spark).")
    private boolean parquet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        GeneratorSettings settings;
        try {
            settings = new GeneratorSettings(defendants, seed, fromYear, toYear, dirty);
        } catch (IllegalArgumentException e) {
            err.println("generate: " + e.getMessage());
            err.flush();
            return INVALID;
        }
        try {
            GenerationReport report = new SyntheticGenerator(settings).generate(out);
            if (parquet) {
                writeParquet();
            }
            printSummary(report);
            return 0;
        } catch (IOException e) {
            err.println("generate: cannot write " + out + ": " + e.getMessage());
            err.flush();
            return FAILED;
        }
    }

    private void writeParquet() {
        SparkSession spark = Sessions.forRun("judicial-metrics-generate", null);
        try {
            SyntheticGenerator.writeParquet(spark, out);
        } finally {
            spark.stop();
        }
    }

    private void printSummary(GenerationReport report) {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "Generated synthetic data in %s (seed %d, %d-%d%s)%n", out.toAbsolutePath(), seed,
                fromYear, toYear, dirty ? ", dirty" : "");
        for (Dataset dataset : Dataset.values()) {
            stdout.printf(Locale.ROOT, "  %-20s %,10d rows%n", dataset.id(), report.rows().get(dataset.id()));
        }
        if (report.faults() != null) {
            int faults = report.faults().values().stream()
                    .flatMap(byKind -> byKind.values().stream()).mapToInt(Integer::intValue).sum();
            stdout.printf(Locale.ROOT, "  %,d faults injected (see %s)%n", faults, SyntheticGenerator.SUMMARY_FILE);
            java.util.Map<String, Integer> byKind = new java.util.TreeMap<>();
            report.faults().values().forEach(kinds -> kinds.forEach((kind, n) -> byKind.merge(kind, n, Integer::sum)));
            byKind.forEach((kind, n) -> stdout.printf(Locale.ROOT, "    %-24s %,6d%n", kind, n));
        }
        if (parquet) {
            stdout.printf(Locale.ROOT, "  Parquet copies in %s%n", out.resolve("parquet").toAbsolutePath());
        }
        stdout.flush();
    }
}
