package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.judicialmetrics.generate.GeneratorSettings;
import org.judicialmetrics.generate.SyntheticGenerator;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@link OutOfMemoryError} in a Spark task, on embedded local Spark in a separate JVM with a small heap: a
 * data file whose last record opens a quote that never closes makes the task that parses it hold the rest of the
 * file, 300 MB, in one field. The run ends by itself with exit 1 and our one-line message (Spark's handler would
 * otherwise exit the JVM with its code 52), and the outputs published before are as they were.
 */
class OutOfMemoryRunTest extends SparkTest {

    private static final String JOB = "annual-report";

    @TempDir
    Path dir;

    @Test
    @Timeout(150)
    void anOutOfMemoryErrorInATaskEndsTheRunWithExitOneAndOurMessage() throws Exception {
        spark();
        Path data = dir.resolve("data");
        Path out = dir.resolve("out");
        new SyntheticGenerator(new GeneratorSettings(1_000, 47, 2019, 2020, false)).generate(data);
        RunOutcome first = new JobRun(Path.of(".")).execute(
                TestRuns.request(JOB, "2020", LocalDate.of(2021, 6, 30), data, out, null, false));
        assertThat(first.exitCode()).as(String.join("\n", first.summary())).isEqualTo(ExitCode.PUBLISHED);
        Path huge = dir.resolve("huge");
        new SyntheticGenerator(new GeneratorSettings(1_000, 47, 2019, 2020, false)).generate(huge);
        appendAnUnclosedField(huge.resolve("defendant_outcomes.csv"), 300);
        Path restricted = TestRuns.restricted(out);
        Map<String, String> publicBefore = TestRuns.tree(out);
        Map<String, String> restrictedBefore = TestRuns.tree(restricted);

        long started = System.nanoTime();
        Finished finished = run("-Xmx480m", huge, out, 90);
        int exit = finished.exit();
        List<String> stderr = finished.stderr();
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        assertThat(exit).as("exit code (-1: still running after 90 s, killed): %s", stderr).isNotEqualTo(-1)
                .isEqualTo(ExitCode.FAILURE);
        assertThat(seconds).as("seconds the run took").isLessThan(90);
        assertThat(stderr.stream().filter(l -> l.startsWith("error: ")).toList()).as("error lines")
                .containsExactly("error: the Spark job failed: out of memory; give the driver and executors more"
                        + " memory (JM_DRIVER_MEMORY=8g for jobs/run, --conf spark.driver.memory=... or"
                        + " spark.executor.memory=... on a cluster); nothing was published");
        assertThat(stderr).as("Java's and Spark's own text, without --verbose")
                .noneMatch(l -> l.contains("OutOfMemoryError") || l.contains("Exception") || l.startsWith("\tat "));

        Map<String, String> publicAfter = TestRuns.tree(out);
        String journal = JOB + "/runs.jsonl";
        assertThat(without(publicAfter, journal)).as("public files").isEqualTo(without(publicBefore, journal));
        List<String> runs = Files.readAllLines(out.resolve(journal));
        assertThat(runs).hasSize(2);
        assertThat(runs.get(1)).contains("\"exit_code\":1").contains("out of memory");
        Map<String, String> restrictedAfter = TestRuns.tree(restricted);
        restrictedAfter.keySet().removeIf(f -> f.startsWith(JOB + "/_failed/"));
        assertThat(restrictedAfter).as("restricted files, the failed run's folder aside").isEqualTo(restrictedBefore);
    }

    /** A heap below the minimum Spark starts with is a setting to change: exit 2 and our message, before any data. */
    @Test
    @Timeout(90)
    void aHeapBelowWhatSparkNeedsIsReportedInOurWords() throws Exception {
        Path data = dir.resolve("data");
        new SyntheticGenerator(new GeneratorSettings(100, 47, 2019, 2020, false)).generate(data);
        Path out = dir.resolve("out");
        Finished finished = run("-Xmx300m", data, out, 60);
        int exit = finished.exit();
        List<String> stderr = finished.stderr();
        assertThat(exit).as("exit code: %s", stderr).isEqualTo(ExitCode.INVALID);
        assertThat(stderr.stream().filter(l -> l.startsWith("error: ")).toList()).as("error lines")
                .containsExactly("error: the driver's heap (300 MB) is below the 450 MB Spark needs; give"
                        + " JM_DRIVER_MEMORY=1g or more for jobs/run, --conf spark.driver.memory=1g or more;"
                        + " nothing was published");
        assertThat(stderr).noneMatch(l -> l.contains("Exception") || l.contains("INVALID_DRIVER_MEMORY"));
        assertThat(out.resolve(JOB + "/2020")).doesNotExist();
    }

    /** Appends a record whose first field opens a quote and runs {@code megabytes} MB to the end of the file. */
    private static void appendAnUnclosedField(Path csv, int megabytes) throws IOException {
        char[] chunk = new char[1 << 20];
        java.util.Arrays.fill(chunk, 'x');
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            w.write('"');
            for (int i = 0; i < megabytes; i++) {
                w.write(chunk);
            }
        }
    }

    private static Map<String, String> without(Map<String, String> files, String file) {
        Map<String, String> rest = new java.util.TreeMap<>(files);
        rest.remove(file);
        return rest;
    }

    /** How a command-line run ended: its exit code (-1: killed after the wait) and its standard error. */
    private record Finished(int exit, List<String> stderr) {
    }

    /** The run of 2020 in a child JVM with the given heap, waited for at most {@code seconds}. */
    private Finished run(String heap, Path data, Path out, int seconds) throws Exception {
        try (CliProcess run = CliProcess.start(dir, List.of(heap), "run", JOB, "--period", "2020",
                "--as-of", "2021-06-30", "--data", data.toString(), "--out", out.toString())) {
            int exit = run.waitFor(seconds);
            return new Finished(exit, run.stderr());
        }
    }
}
