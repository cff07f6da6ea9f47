package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkException;
import org.judicialmetrics.generate.GeneratorSettings;
import org.judicialmetrics.generate.SyntheticGenerator;
import org.judicialmetrics.storage.Location;
import org.judicialmetrics.storage.StorageException;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults that are not bad input end the run with exit 1 and one line of ours, leave what was published as it was,
 * and never hang: a full disk, an output root that cannot be written, a Spark job whose tasks fail.
 */
class RunFaultsTest extends SparkTest {

    private static final String JOB = "annual-report";
    private static final List<String> INTERNAL = List.of("Exception", "\tat ", "Job aborted", "TID", "org.apache",
            "java.", "Caused by");

    @TempDir
    static Path dir;
    static Path data;

    @BeforeAll
    static void data() throws IOException {
        spark();
        data = dir.resolve("data");
        new SyntheticGenerator(new GeneratorSettings(3_000, 53, 2019, 2020, false)).generate(data);
    }

    /**
     * A real full disk: the roots on a small tmpfs (where this machine lets the test mount one, as root can here),
     * filled up to a few hundred kilobytes before the second run.
     */
    @Test
    @Timeout(300)
    void aFullDiskStopsTheRunWithOurMessageAndLeavesThePublishedPeriod() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("small-disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=96m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        Assumptions.assumeTrue(mount.waitFor() == 0, "a tmpfs can be mounted here");
        Path filler = disk.resolve("filler");
        try {
            Path out = disk.resolve("out");
            Path restricted = disk.resolve("restricted");
            RunOutcome first = run(out.toString(), restricted.toString());
            assertThat(first.exitCode()).as(String.join("\n", first.summary())).isZero();
            Map<String, String> publicBefore = KilledRunTest.tree(out);
            Map<String, String> restrictedBefore = KilledRunTest.tree(restricted);
            String journal = Files.readString(out.resolve(JOB + "/runs.jsonl"));

            try (java.io.OutputStream o = Files.newOutputStream(filler)) {
                byte[] block = new byte[1 << 20];
                while (true) {
                    o.write(block);
                }
            } catch (IOException full) {
                // the disk is full
            }
            try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(filler.toFile(), "rw")) {
                f.setLength(Math.max(0, f.length() - 300 * 1024)); // room for the lock and a start, not a run
            }
            RunOutcome full = run(out.toString(), restricted.toString());
            String error = oneError(full, ExitCode.FAILURE);
            assertThat(error).startsWith("error: cannot write ").contains("no space left on the device")
                    .contains("nothing was published");
            assertThat(error).containsAnyOf("under output root " + out, "under restricted root " + restricted);
            Map<String, String> publicAfter = KilledRunTest.tree(out);
            publicBefore.forEach((f, sha) -> {
                if (!f.endsWith("runs.jsonl")) {
                    assertThat(publicAfter.get(f)).as("published file " + f).isEqualTo(sha);
                }
            });
            assertThat(Files.readString(out.resolve(JOB + "/runs.jsonl"))).as("the journal keeps its earlier runs")
                    .startsWith(journal);
            Map<String, String> restrictedAfter = KilledRunTest.tree(restricted);
            restrictedBefore.forEach((f, sha) -> {
                if (!f.contains("_failed/")) {
                    assertThat(restrictedAfter.get(f)).as("restricted file " + f).isEqualTo(sha);
                }
            });
        } finally {
            Files.deleteIfExists(filler);
            new ProcessBuilder("umount", disk.toString()).start().waitFor();
        }
    }

    @Test
    void anOutputRootThatIsAFileCannotBeWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        RunOutcome o = run(file.toString(), dir.resolve("file-restricted").toString());
        String error = oneError(o, ExitCode.FAILURE);
        assertThat(error).startsWith("error: cannot write " + file + "/").contains("under output root " + file)
                .contains("a file is in the way").contains("nothing was published");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    /**
     * An output root in a folder the user may not write (as a non-root user), or on a read-only file system (as root,
     * whom permissions do not stop: a tmpfs mounted read-only).
     */
    @Test
    void anOutputRootInAReadOnlyFolderCannotBeWritten() throws IOException, InterruptedException {
        Path parent = Files.createDirectories(dir.resolve("read-only"));
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
        boolean mounted = false;
        try {
            boolean permissionsApply;
            try {
                Files.delete(Files.createFile(parent.resolve("probe")));
                permissionsApply = false;
            } catch (java.nio.file.AccessDeniedException e) {
                permissionsApply = true;
            }
            if (!permissionsApply) {
                mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", parent.toString())
                        .redirectErrorStream(true).start().waitFor() == 0;
                Assumptions.assumeTrue(mounted, "running as root, where a read-only folder is writable, and no"
                        + " read-only tmpfs can be mounted");
            }
            Path out = parent.resolve("out");
            RunOutcome o = run(out.toString(), dir.resolve("ro-restricted").toString());
            String error = oneError(o, ExitCode.FAILURE);
            assertThat(error).startsWith("error: cannot write " + out).contains("under output root " + out)
                    .contains(permissionsApply ? "permission denied" : "the file system is read-only");
            assertThat(out).doesNotExist();
        } finally {
            if (mounted) {
                new ProcessBuilder("umount", parent.toString()).start().waitFor();
            }
            Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    @Timeout(180)
    void aSparkTaskThatFailsEndsTheRunWithOurMessage() throws IOException {
        Path out = dir.resolve("spark/out");
        Path restricted = dir.resolve("spark/restricted");
        RunOutcome first = run(out.toString(), restricted.toString());
        assertThat(first.exitCode()).as(String.join("\n", first.summary())).isZero();
        Map<String, String> before = BadInputCorpusTest.tree(out);
        // a Parquet codec the classpath does not have: every task that writes the metric table fails
        String codec = spark().conf().get("spark.sql.parquet.compression.codec");
        spark().conf().set("spark.sql.parquet.compression.codec", "lzo");
        RunOutcome failed;
        try {
            failed = run(out.toString(), restricted.toString());
        } finally {
            spark().conf().set("spark.sql.parquet.compression.codec", codec);
        }
        String error = oneError(failed, ExitCode.FAILURE);
        assertThat(error).startsWith("error: the Spark job failed: a task failed ")
                .contains("while writing ").contains("run.log").contains("nothing was published");
        assertThat(BadInputCorpusTest.tree(out)).as("published outputs").isEqualTo(before);
        // the journal's line for the failed run says the same, in our words, never Spark's text
        List<String> journal = Files.readAllLines(out.resolve(JOB + "/runs.jsonl"));
        String last = journal.get(journal.size() - 1);
        assertThat(last).contains("\"exit_code\":1").contains("the Spark job failed: a task failed")
                .doesNotContain("Job aborted").doesNotContain("Exception");
    }

    @Test
    void outOfMemoryAndLostExecutorsAnywhereInTheCauseChainGetOurMessage() {
        RunRequest request = new RunRequest(JOB, "2020", null, null, dir.resolve("o").toString(), null, null, false);
        Exception oom = new SparkException("Job aborted due to stage failure: Task 3 in stage 7.0 failed 4 times,"
                + " most recent failure: Lost task 3.3 (TID 40): java.lang.OutOfMemoryError: Java heap space");
        assertThat(RunFailures.describe(oom, request)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("the Spark job failed: out of memory; give the driver and executors more memory")
                .contains("spark.driver.memory"));
        assertThat(RunFailures.describe(new RuntimeException("wrapped", new OutOfMemoryError("Java heap space")),
                request)).hasValueSatisfying(m -> assertThat(m).startsWith("the Spark job failed: out of memory"));
        Exception lost = new SparkException("Job aborted due to stage failure: Task 0 in stage 2.0 failed 4 times,"
                + " most recent failure: Lost task 0.3: ExecutorLostFailure (executor 3 exited caused by one of the"
                + " running tasks) Reason: Container killed");
        assertThat(RunFailures.describe(lost, request)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("the Spark job failed: an executor was lost"));
        Exception task = new SparkException("Job aborted due to stage failure: Task 1 in stage 4.0 failed 1 time,"
                + " most recent failure: Lost task 1.0 (TID 9): java.lang.ArithmeticException: / by zero");
        assertThat(RunFailures.describe(task, request)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("the Spark job failed: a task failed in stage 4.0 (tried 1 time)"));
        assertThat(RunFailures.describe(new StorageException("x: cannot be written: No space left on device",
                new IOException("No space left on device"), dir.resolve("o/annual-report/x").toString()), request))
                .hasValue("cannot write " + dir.resolve("o/annual-report/x") + " under output root " + dir.resolve("o")
                        + ": no space left on the device (free space, then run again); nothing was published");
        assertThat(RunFailures.describe(new IllegalStateException("a bug"), request)).isEmpty();
    }

    private static RunOutcome run(String out, String restricted) {
        return new JobRun(Path.of(".")).execute(new RunRequest(JOB, "2020", LocalDate.of(2021, 6, 30),
                data.toString(), out, restricted, null, false));
    }

    /** The exit code, and the one error line of ours (no Java or Spark text), returned. */
    private static String oneError(RunOutcome o, int exit) {
        String all = String.join("\n", o.summary());
        assertThat(o.exitCode()).as(all).isEqualTo(exit);
        List<String> errors = o.summary().stream().filter(l -> l.startsWith("error: ")).toList();
        assertThat(errors).as(all).hasSize(1);
        String error = errors.get(0);
        assertThat(error).doesNotContain("\n");
        for (String internal : INTERNAL) {
            assertThat(error).as("internal text").doesNotContain(internal);
        }
        return error;
    }
}
