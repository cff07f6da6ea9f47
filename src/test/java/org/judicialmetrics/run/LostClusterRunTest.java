package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.judicialmetrics.generate.GeneratorSettings;
import org.judicialmetrics.generate.SyntheticGenerator;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs of the command line on a real Spark standalone cluster (a master and a worker on loopback, in their own JVMs)
 * whose executors crash or whose only worker is lost, and a cluster with no worker at all: each run ends by itself
 * with exit 1 and one line of ours, never a hang, and the outputs published before stay as they were.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LostClusterRunTest extends SparkTest {

    private static final String JOB = "annual-report";
    /** How long the runs here let Spark wait without an executor before the watchdog ends them. */
    private static final int WAIT = 10;

    @TempDir
    static Path dir;
    private static Path data;
    private static Path out;
    private static StandaloneCluster cluster;

    @BeforeAll
    static void publishedLocallyAndClusterUp() throws Exception {
        spark();
        data = dir.resolve("data");
        out = dir.resolve("out");
        new SyntheticGenerator(new GeneratorSettings(10_000, 53, 2019, 2020, false)).generate(data);
        RunOutcome first = new JobRun(Path.of(".")).execute(
                TestRuns.request(JOB, "2020", LocalDate.of(2021, 6, 30), data, out, null, false));
        assertThat(first.exitCode()).as(String.join("\n", first.summary())).isEqualTo(ExitCode.PUBLISHED);
        cluster = StandaloneCluster.start(Files.createDirectories(dir.resolve("cluster")));
    }

    @AfterAll
    static void clusterDown() throws InterruptedException {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** Executors that crash (SIGKILL) a few seconds after each start fail the tasks they run: exit 1, our line. */
    @Test
    @Order(1)
    @Timeout(300)
    void executorsThatKeepCrashingEndTheRunWithOurMessage() throws Exception {
        Before before = Before.take();
        List<Long> killed = new ArrayList<>();
        Finished finished;
        try (CliProcess run = cluster(List.of("-Dspark.task.maxFailures=1", "-Dspark.judicialmetrics.executorWait=120s"))) {
            Map<Long, Long> seen = new TreeMap<>();
            while (run.process().isAlive()) {
                for (ProcessHandle e : cluster.executors()) {
                    long since = seen.computeIfAbsent(e.pid(), p -> System.nanoTime());
                    if (System.nanoTime() - since > 4_000_000_000L && e.destroyForcibly()) {
                        killed.add(e.pid());
                    }
                }
                Thread.sleep(200);
            }
            finished = new Finished(run.waitFor(5), run.stderr());
        }
        System.out.println("executors killed: " + killed.size() + "; " + finished.errors());
        assertThat(killed).as("executors killed").isNotEmpty();
        assertThat(finished.exit()).as("exit code: %s", finished.stderr()).isEqualTo(ExitCode.FAILURE);
        assertThat(finished.errors()).as("error lines").singleElement().satisfiesAnyOf(
                l -> assertThat(l).isEqualTo("error: the Spark job failed: an executor was lost (it crashed, was"
                        + " killed or ran out of memory); see the cluster's logs for why, then run again; nothing was"
                        + " published"),
                l -> assertThat(l).startsWith("error: the Spark job failed: Spark stopped during the run (the"
                        + " cluster's master removed the application"));
        finished.assertNoJavaText();
        before.assertIntact();
    }

    /** The only worker is lost (it and its executors killed) while the run waits for its tasks: exit 1, our line. */
    @Test
    @Order(2)
    @Timeout(180)
    void theLossOfTheOnlyWorkerEndsTheRunAfterTheWait() throws Exception {
        Before before = Before.take();
        if (!cluster.workerAlive()) {
            cluster.startWorker();
        }
        Finished finished;
        long started;
        try (CliProcess run = cluster(List.of("-Dspark.judicialmetrics.executorWait=" + WAIT + "s"))) {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (cluster.executors().isEmpty() && run.process().isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(cluster.executors()).as("an executor started for the run").isNotEmpty();
            Thread.sleep(2_000);
            cluster.killWorker();
            started = System.nanoTime();
            finished = new Finished(run.waitFor(120), run.stderr());
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertThat(finished.exit()).as("exit code (-1: still running after 120 s): %s", finished.stderr())
                .isEqualTo(ExitCode.FAILURE);
        assertThat(seconds).as("seconds from the loss to the end of the run").isBetween((long) WAIT - 1, 90L);
        assertThat(finished.errors()).as("error lines").containsExactly("error: the Spark job failed: no executor"
                + " was available for " + WAIT + " s while the run's Spark jobs waited (the cluster lost its workers,"
                + " or has none free for this application); see the cluster's logs, then run again;"
                + " spark.judicialmetrics.executorWait sets how long to wait; nothing was published");
        finished.assertNoJavaText();
        before.assertIntact();
    }

    /** A cluster with no worker at all, where Spark would wait for resources for ever: exit 1 after the wait. */
    @Test
    @Order(3)
    @Timeout(180)
    void aClusterWithNoWorkerEndsTheRunAfterTheWait() throws Exception {
        Before before = Before.take();
        if (cluster.workerAlive()) {
            cluster.killWorker();
        }
        Finished finished;
        try (CliProcess run = cluster(List.of("-Dspark.judicialmetrics.executorWait=" + WAIT + "s"))) {
            finished = new Finished(run.waitFor(120), run.stderr());
        }
        assertThat(finished.exit()).as("exit code (-1: still running after 120 s): %s", finished.stderr())
                .isEqualTo(ExitCode.FAILURE);
        assertThat(finished.errors()).as("error lines").singleElement().asString()
                .startsWith("error: the Spark job failed: no executor was available for " + WAIT + " s");
        finished.assertNoJavaText();
        before.assertIntact();
    }

    /** The run of 2020 on the cluster, in a child JVM as {@code jobs/run --master} starts it. */
    private static CliProcess cluster(List<String> settings) throws Exception {
        List<String> jvm = new ArrayList<>(cluster.driverOptions());
        jvm.addAll(settings);
        return CliProcess.start(dir, jvm, "run", JOB, "--period", "2020", "--as-of", "2021-06-30",
                "--data", data.toString(), "--out", out.toString(), "--master", cluster.url());
    }

    /** How a command-line run ended: its exit code (-1: killed after the wait) and its standard error. */
    private record Finished(int exit, List<String> stderr) {
        List<String> errors() {
            return stderr.stream().filter(l -> l.startsWith("error: ")).toList();
        }

        void assertNoJavaText() {
            assertThat(stderr).as("Java's and Spark's own text, without --verbose")
                    .noneMatch(l -> l.contains("Exception") || l.startsWith("\tat ") || l.contains("SparkContext"));
        }
    }

    /** The published files before a run, to compare with after it (the journal and failed-run folders aside). */
    private record Before(Map<String, String> published, Map<String, String> restricted) {
        static Before take() throws Exception {
            return new Before(publicFiles(), restrictedFiles());
        }

        void assertIntact() throws Exception {
            assertThat(publicFiles()).as("public files").isEqualTo(published);
            assertThat(restrictedFiles()).as("restricted files, failed runs aside").isEqualTo(restricted);
            List<String> runs = Files.readAllLines(out.resolve(JOB + "/runs.jsonl"));
            assertThat(runs.get(runs.size() - 1)).as("the journal's last line").contains("\"exit_code\":1");
        }

        private static Map<String, String> publicFiles() throws Exception {
            Map<String, String> files = TestRuns.tree(out);
            files.remove(JOB + "/runs.jsonl");
            return files;
        }

        private static Map<String, String> restrictedFiles() throws Exception {
            Map<String, String> files = TestRuns.tree(TestRuns.restricted(out));
            files.keySet().removeIf(f -> f.startsWith(JOB + "/_failed/"));
            return files;
        }
    }
}
