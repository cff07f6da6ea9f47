package org.judicialmetrics.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.judicialmetrics.generate.GeneratorSettings;
import org.judicialmetrics.generate.SyntheticGenerator;
import org.judicialmetrics.metrics.MetricPartition;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.metrics.MetricTableWriter;
import org.judicialmetrics.publish.JobArchive;
import org.judicialmetrics.run.ExitCode;
import org.judicialmetrics.run.JobRun;
import org.judicialmetrics.run.RunOutcome;
import org.judicialmetrics.run.RunRequest;

/**
 * The annual job run twice on the same generated data, once on local folders and once on a store (HDFS, S3), and
 * what the two published: the store's outputs must equal the local run's apart from run ids and times.
 */
final class StoreRuns {

    static final String JOB = "annual-report";
    static final String PERIOD = "2020";
    static final LocalDate AS_OF = LocalDate.of(2021, 3, 31);

    private StoreRuns() {
    }

    /** Generated data (with some rows to quarantine) in {@code dir/data}. */
    static Path data(Path dir) throws IOException {
        Path data = dir.resolve("data");
        new SyntheticGenerator(new GeneratorSettings(20_000, 11, 2011, 2020, true)).generate(data);
        return data;
    }

    static RunOutcome run(String data, String out, String restricted) {
        RunOutcome outcome = new JobRun(Path.of(".")).execute(new RunRequest(JOB, PERIOD, AS_OF, data, out,
                restricted, null, true));
        assertThat(outcome.exitCode()).as(String.join("\n", outcome.summary())).isEqualTo(ExitCode.PUBLISHED);
        return outcome;
    }

    /** Every published file of the period's report folder that carries no run id or time, by relative path. */
    static Map<String, byte[]> tables(Location periodDir) {
        Map<String, byte[]> files = new TreeMap<>();
        for (Location f : periodDir.resolve("tables").files()) {
            files.put(f.relativeTo(periodDir), f.readBytes());
        }
        return files;
    }

    /** The report folder's files, by relative path. */
    static List<String> reportFiles(Location periodDir) {
        return periodDir.files().stream().map(f -> f.relativeTo(periodDir)).sorted().toList();
    }

    /** The published metric table's rows, read through the archive (folders or commit file), run ids left out. */
    static List<String> metricRows(SparkSession spark, Location jobDir) {
        Map<MetricPartition, Location> partitions = JobArchive.of(jobDir).partitions();
        assertThat(partitions).as("published partitions of " + jobDir).isNotEmpty();
        List<MetricRow> rows = MetricTableWriter.readPublished(spark, partitions, partitions.keySet());
        return rows.stream().map(r -> r.toString().replace(r.runId(), "RUN")).sorted().toList();
    }

    /** Whether any path under the folder has a folder or file named {@code name}. */
    static boolean holds(Location folder, String name) {
        return folder.files().stream().anyMatch(f -> ("/" + f.relativeTo(folder) + "/").contains("/" + name + "/"));
    }

    static void writeLocalCopy(Path from, Location to) {
        to.copyFromLocal(from);
        assertThat(to.files()).hasSize((int) count(from));
    }

    private static long count(Path dir) {
        try (var walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
