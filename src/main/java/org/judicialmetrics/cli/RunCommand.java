package org.judicialmetrics.cli;

import org.judicialmetrics.storage.Location;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.judicialmetrics.run.JobRun;
import org.judicialmetrics.run.RunOutcome;
import org.judicialmetrics.run.RunRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jobs/run JOB}: runs one job for one period and prints what it found (spec section 7); with {@code --list} or
 * {@code --verify} it reports on the published periods instead.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a job for one period: validate the data, compute the metrics, render and publish the report.")
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "JOB", description = "a job spec name in jobs/ (e.g. annual-report) or a path to one")
    String job;

    @Option(names = "--period", paramLabel = "P", description = "2024, 2024-Q3 or 2024-07 (default: the latest complete period)")
    String period;

    @Option(names = "--as-of", paramLabel = "DATE", description = "the date the data is as of, yyyy-MM-dd (default: today, UTC)")
    LocalDate asOf;

    @Option(names = "--data", paramLabel = "DIR|URI", description = "the data root (default: the job spec's, else data/sample)")
    String data;

    @Option(names = "--out", paramLabel = "DIR|URI", description = "the public output root (default: reports)")
    String out;

    @Option(names = "--restricted", paramLabel = "DIR|URI",
            description = "the restricted root for quarantine, failed runs and the unsuppressed metric table"
                    + " (default: <out>-restricted, beside the output root)")
    String restricted;

    @Option(names = "--master", paramLabel = "URL", description = "a Spark master URL (default: embedded local Spark)")
    String master;

    @Option(names = "--backfill", description = "also write every earlier period to the Parquet metric table")
    boolean backfill;

    @Option(names = "--backfill-from", paramLabel = "PERIOD",
            description = "run every period from PERIOD to --period (default: the latest complete) that is missing,"
                    + " provisional or stale (its inputs changed), in order; nothing to do exits 0")
    String backfillFrom;

    @Option(names = "--list", description = "print each period's state (published, provisional, stale, missing)"
            + " from --backfill-from, else from the first published; runs nothing")
    boolean list;

    @Option(names = "--verify", description = "re-check --period (default: every published period) against its"
            + " manifest: the SHA-256 of its inputs and outputs; runs nothing (exit 3 when a file differs)")
    boolean verify;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "a Spark or Hadoop setting, as spark-submit's --conf (e.g. spark.hadoop.fs.s3a.endpoint=URL)")
    java.util.Map<String, String> conf = new java.util.LinkedHashMap<>();

    @Option(names = "--verbose", description = "show Spark's log and stack traces")
    boolean verbose;

    @Override
    public Integer call() {
        if (verbose) {
            System.setProperty("judicialmetrics.verbose", "true");
            Configurator.setLevel("org.apache.spark", Level.INFO);
            Configurator.setLevel("org.judicialmetrics", Level.INFO);
            // the product's events go to the run's log file only; verbose shows them on the console too
            var context = (org.apache.logging.log4j.core.LoggerContext) org.apache.logging.log4j.LogManager.getContext(false);
            var product = context.getConfiguration().getLoggerConfig("org.judicialmetrics");
            var console = context.getConfiguration().getAppender("console");
            if (console != null && product.getName().equals("org.judicialmetrics")) {
                product.addAppender(console, Level.INFO, null);
                context.updateLoggers();
            }
        }
        // as spark-submit gives --conf to the driver: spark.* system properties, read by SparkConf and our storage
        conf.forEach((key, value) -> {
            if (!key.startsWith("spark.")) {
                throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "--conf " + key + ": only spark.* settings (Hadoop's as spark.hadoop.*)");
            }
            System.setProperty(key, value);
        });
        // the launcher names the project folder; under spark-submit there is none and the job is given by path or URI
        String home = System.getProperty("judicialmetrics.home");
        RunRequest request =
                new RunRequest(job, period, asOf, data, out, restricted, master, backfill, backfillFrom, list, verify);
        org.judicialmetrics.run.OutOfMemoryExit.install(request);
        RunOutcome outcome = new JobRun(home == null ? null : Location.of(home)).execute(request);
        var stream = outcome.exitCode() == 0 ? System.out : System.err;
        outcome.summary().forEach(stream::println);
        return outcome.exitCode();
    }
}
