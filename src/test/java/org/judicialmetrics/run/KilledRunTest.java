package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.judicialmetrics.generate.GeneratorSettings;
import org.judicialmetrics.generate.SyntheticGenerator;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL (an OOM killer, a lost node) at each stage leaves the published outputs as they were: a
 * real separate JVM runs the command line, the test reads its progress lines on stderr and kills it when the stage
 * before the target has ended (so the target stage is running), then compares both roots with what was published.
 * What a killed run leaves is only its hidden staging folders ({@code <root>/<job>/.staging/<run>/}) and the job's
 * {@code .lock} with its dead pid; readers see neither, and the next run takes the lock over and deletes the staging.
 */
class KilledRunTest extends SparkTest {

    private static final String JOB = "annual-report";

    @TempDir
    static Path dir;
    static Path data;
    static Path out;
    static Path restricted;

    @BeforeAll
    static void publishAPeriod() throws IOException {
        spark();
        data = dir.resolve("data");
        out = dir.resolve("out");
        restricted = dir.resolve("restricted");
        new SyntheticGenerator(new GeneratorSettings(3_000, 47, 2019, 2020, false)).generate(data);
        RunOutcome first = runInProcess();
        assertThat(first.exitCode()).as(String.join("\n", first.summary())).isZero();
        assertThat(out.resolve(JOB + "/2020/index.html")).isRegularFile();
    }

    /** Kills the run once {@code after}'s progress line is printed, i.e. while {@code stage} runs. */
    @ParameterizedTest(name = "killed during {0}")
    @CsvSource({"validate, inputs", "metrics, gate", "report, metrics"})
    @Timeout(150)
    void aKilledRunLeavesThePublishedOutputsIntact(String stage, String after) throws Exception {
        Map<String, String> publicBefore = tree(out);
        Map<String, String> restrictedBefore = tree(restricted);
        assertThat(publicBefore).containsKeys(JOB + "/2020/index.html", JOB + "/2020/manifest.json", JOB + "/runs.jsonl");

        try (CliProcess run = CliProcess.start(dir, List.of(), "run", JOB, "--period", "2020", "--as-of",
                "2021-06-30", "--data", data.toString(), "--out", out.toString(), "--restricted",
                restricted.toString(), "--conf", "spark.sql.shuffle.partitions=2")) {
            boolean seen = run.awaitLine("judicial-metrics: " + after + " ", 120);
            assertThat(seen).as("progress line of %s, before the process ended: %s", after, run.stderr()).isTrue();
            assertThat(run.process().isAlive()).as("the run still runs when it is killed: %s", run.stderr()).isTrue();
            assertThat(out.resolve(JOB + "/.lock")).as("the killed run holds the lock").isRegularFile();
            long pid = run.process().pid();
            assertThat(Files.readString(out.resolve(JOB + "/.lock"))).containsPattern("\"pid\"\\s*:\\s*" + pid + "\\b");
            run.kill();
            assertThat(run.process().exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        }

        // the published files, the journal included (a killed run never reaches it), are byte for byte as before
        Map<String, String> publicAfter = tree(out);
        assertThat(changed(publicBefore, publicAfter)).as("published files changed or gone").isEmpty();
        assertThat(added(publicBefore, publicAfter)).as("files a killed run may leave in the public root")
                .allMatch(f -> f.equals(JOB + "/.lock") || f.startsWith(JOB + "/.staging/"));
        assertThat(out.resolve(JOB + "/2020/.staging")).doesNotExist();
        assertThat(out.resolve(JOB + "/.2020.previous")).doesNotExist();
        Map<String, String> restrictedAfter = tree(restricted);
        assertThat(changed(restrictedBefore, restrictedAfter)).as("restricted files changed or gone").isEmpty();
        assertThat(added(restrictedBefore, restrictedAfter)).as("files a killed run may leave in the restricted root")
                .allMatch(f -> f.startsWith(JOB + "/.staging/"));

        // the next run takes the dead run's lock over, publishes, and clears what the killed run staged
        RunOutcome next = runInProcess();
        assertThat(next.exitCode()).as(String.join("\n", next.summary())).isZero();
        assertThat(out.resolve(JOB + "/.lock")).doesNotExist();
        assertThat(out.resolve(JOB + "/.staging")).doesNotExist();
        assertThat(restricted.resolve(JOB + "/.staging")).doesNotExist();
        assertThat(tree(out)).containsKeys(JOB + "/2020/index.html", JOB + "/2020/manifest.json");
    }

    private static RunOutcome runInProcess() {
        return new JobRun(Path.of(".")).execute(new RunRequest(JOB, "2020", LocalDate.of(2021, 6, 30),
                data.toString(), out.toString(), restricted.toString(), null, false));
    }

    private static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        before.forEach((f, sha) -> {
            if (!sha.equals(after.get(f))) {
                changed.add(f);
            }
        });
        return changed;
    }

    private static List<String> added(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(f -> !before.containsKey(f)).toList();
    }

    static Map<String, String> tree(Path root) throws IOException {
        return TestRuns.tree(root);
    }
}
