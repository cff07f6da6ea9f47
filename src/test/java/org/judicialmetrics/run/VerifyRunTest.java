package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.judicialmetrics.generate.GeneratorSettings;
import org.judicialmetrics.generate.SyntheticGenerator;
import org.judicialmetrics.storage.Location;
import org.judicialmetrics.testing.SparkTest;
import org.judicialmetrics.util.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --verify} on a local archive of two annual periods (2022, then 2023, whose run rewrites the eras): every
 * input and output matches its manifest; a changed input, an altered or deleted report file, and a deleted, altered
 * or added Parquet part file each fail it (exit 3) naming the file; nothing published, or an unreadable manifest,
 * is exit 2. Each test puts back what it changed.
 */
class VerifyRunTest extends SparkTest {

    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    @TempDir
    static Path dir;
    static Path data;
    static Path out;
    static Path job;

    @BeforeAll
    static void publishTwoPeriods() throws IOException {
        spark();
        data = dir.resolve("data");
        out = dir.resolve("out");
        job = out.resolve("annual-report");
        new SyntheticGenerator(new GeneratorSettings(8_000, 5, 2020, 2023, false)).generate(data);
        for (String period : List.of("2022", "2023")) {
            RunOutcome run = new JobRun(Path.of(".")).execute(TestRuns.request("annual-report", period, AS_OF, data,
                    out, null, false));
            assertThat(run.exitCode()).as(lines(run)).isEqualTo(ExitCode.PUBLISHED);
        }
    }

    static RunOutcome verify(String period, Path outRoot) {
        return new JobRun(Path.of(".")).execute(new RunRequest("annual-report", period, null, null,
                outRoot.toString(), null, null, false, null, false, true));
    }

    static RunOutcome verify(String period) {
        return verify(period, out);
    }

    static String lines(RunOutcome o) {
        return String.join("\n", o.summary());
    }

    static JsonNode manifest(String period) throws IOException {
        return Json.mapper().readTree(job.resolve(period).resolve("manifest.json").toFile());
    }

    static List<String> outputFiles(String period) throws IOException {
        List<String> paths = new ArrayList<>();
        manifest(period).get("output_files").forEach(f -> paths.add(f.get("path").asText()));
        return paths;
    }

    static int inputFiles(String period) throws IOException {
        int[] n = {0};
        manifest(period).get("inputs").forEach(i -> n[0] += i.get("files").size());
        return n[0];
    }

    /** The 2023 run's first Parquet part file of its own year partition. */
    static String yearPartFile() throws IOException {
        return outputFiles("2023").stream().filter(p -> p.startsWith("metrics/period_type=year/period_label=2023/"))
                .findFirst().orElseThrow();
    }

    @Test
    void theManifestRecordsEveryOutputFileButItselfWithItsChecksum() throws IOException {
        JsonNode m = manifest("2023");
        assertThat(m.get("outputs").isArray()).as("the existing field stays").isTrue();
        List<String> files = outputFiles("2023");
        assertThat(files).contains("2023/index.html", "2023/report.pdf").doesNotContain("2023/manifest.json",
                "2023/run.log");
        assertThat(files).anyMatch(p -> p.matches("2023/tables/.*\\.csv"))
                .anyMatch(p -> p.matches("metrics/period_type=year/period_label=2023/part-.*\\.parquet"));
        JsonNode first = m.get("output_files").get(0);
        assertThat(first.get("sha256").asText()).hasSize(64);
        assertThat(first.get("bytes").asLong()).isEqualTo(Files.size(job.resolve(first.get("path").asText())));
    }

    @Test
    void everyPublishedPeriodMatchesItsManifest() throws IOException {
        RunOutcome v = verify(null);
        assertThat(v.exitCode()).as(lines(v)).isEqualTo(ExitCode.PUBLISHED);
        assertThat(lines(v)).contains("  2023  verified: " + inputFiles("2023") + " inputs, "
                + outputFiles("2023").size() + " outputs");
        // the 2023 run rewrote the eras the 2022 run had written: they are the 2023 run's outputs now
        long eras = outputFiles("2022").stream().filter(p -> p.startsWith("metrics/period_type=era/")).count();
        assertThat(eras).isPositive();
        assertThat(lines(v)).contains("  2022  verified: " + inputFiles("2022") + " inputs, "
                + (outputFiles("2022").size() - eras) + " outputs (").contains("since replaced by a later run")
                .contains("period_type=era/period_label=");
    }

    @Test
    void theCommandLineOptionVerifiesWithItsExitCode() {
        String home = System.getProperty("judicialmetrics.home");
        System.setProperty("judicialmetrics.home", Path.of(".").toAbsolutePath().normalize().toString());
        try {
            assertThat(org.judicialmetrics.cli.Main.execute("run", "annual-report", "--verify", "--period", "2023",
                    "--out", out.toString())).isEqualTo(ExitCode.PUBLISHED);
            assertThat(org.judicialmetrics.cli.Main.execute("run", "annual-report", "--verify", "--out",
                    dir.resolve("nothing-here").toString())).isEqualTo(ExitCode.INVALID);
        } finally {
            if (home == null) {
                System.clearProperty("judicialmetrics.home");
            } else {
                System.setProperty("judicialmetrics.home", home);
            }
        }
    }

    @Test
    void aChangedInputByteFailsNamingTheInput() throws IOException {
        Path input = data.resolve("conviction_reviews.csv");
        byte[] original = Files.readAllBytes(input);
        byte[] changed = original.clone();
        changed[changed.length - 2] = (byte) (changed[changed.length - 2] == '1' ? '2' : '1');
        Files.write(input, changed);
        try {
            RunOutcome v = verify("2023");
            assertThat(v.exitCode()).as(lines(v)).isEqualTo(ExitCode.VERIFY_FAILED);
            assertThat(v.summary()).hasSize(2);
            assertThat(v.summary().get(1)).isEqualTo("  2023  CHANGED: input " + input.toAbsolutePath().normalize()
                    + " (sha256 differs from the manifest)");
        } finally {
            Files.write(input, original);
        }
        assertThat(verify("2023").exitCode()).isEqualTo(ExitCode.PUBLISHED);
    }

    @Test
    void withDataTheInputsAreFoundAtTheSamePathsUnderThatRoot() throws IOException {
        Path moved = dir.resolve("moved-data");
        Location.local(data).copyTo(Location.local(moved));
        RunOutcome same = new JobRun(Path.of(".")).execute(new RunRequest("annual-report", "2023", null,
                moved.toString(), out.toString(), null, null, false, null, false, true));
        assertThat(same.exitCode()).as(lines(same)).isEqualTo(ExitCode.PUBLISHED);
        Files.writeString(moved.resolve("exclusion_motions.csv"), "x\n", java.nio.file.StandardOpenOption.APPEND);
        RunOutcome changed = new JobRun(Path.of(".")).execute(new RunRequest("annual-report", "2023", null,
                moved.toString(), out.toString(), null, null, false, null, false, true));
        assertThat(changed.exitCode()).isEqualTo(ExitCode.VERIFY_FAILED);
        assertThat(changed.summary().get(1)).isEqualTo("  2023  CHANGED: input "
                + moved.resolve("exclusion_motions.csv").toAbsolutePath().normalize()
                + " (sha256 differs from the manifest)");
    }

    @Test
    void anAlteredOrDeletedReportFileFailsNamingIt() throws IOException {
        String csv = outputFiles("2023").stream().filter(p -> p.matches("2023/tables/.*\\.csv")).findFirst()
                .orElseThrow();
        Path file = job.resolve(csv);
        byte[] original = Files.readAllBytes(file);
        try {
            Files.writeString(file, "altered\n", java.nio.file.StandardOpenOption.APPEND);
            RunOutcome altered = verify(null);
            assertThat(altered.exitCode()).as(lines(altered)).isEqualTo(ExitCode.VERIFY_FAILED);
            assertThat(lines(altered)).contains("  2023  CHANGED: output " + csv + " (sha256 differs from the manifest)")
                    .containsPattern("  2022  verified");
            Files.delete(file);
            RunOutcome deleted = verify("2023");
            assertThat(deleted.exitCode()).isEqualTo(ExitCode.VERIFY_FAILED);
            assertThat(deleted.summary().get(1)).isEqualTo("  2023  MISSING: output " + csv);
        } finally {
            Files.write(file, original);
        }
        assertThat(verify("2023").exitCode()).isEqualTo(ExitCode.PUBLISHED);
    }

    @Test
    void aDeletedAlteredOrAddedParquetPartFileFailsNamingIt() throws IOException {
        String part = yearPartFile();
        Path file = job.resolve(part);
        byte[] original = Files.readAllBytes(file);
        Path added = file.resolveSibling("part-99999-added.snappy.parquet");
        try {
            Files.delete(file);
            RunOutcome deleted = verify("2023");
            assertThat(deleted.exitCode()).as(lines(deleted)).isEqualTo(ExitCode.VERIFY_FAILED);
            assertThat(deleted.summary().get(1)).contains("MISSING: output " + part);
            byte[] changed = original.clone();
            changed[changed.length / 2] ^= 1;
            Files.write(file, changed);
            assertThat(lines(verify("2023"))).contains("CHANGED: output " + part + " (sha256 differs");
            Files.write(file, original);
            Files.write(added, original);
            RunOutcome extra = verify("2023");
            assertThat(extra.exitCode()).isEqualTo(ExitCode.VERIFY_FAILED);
            assertThat(lines(extra)).contains("ADDED: output " + job.relativize(added).toString().replace('\\', '/'));
        } finally {
            Files.deleteIfExists(added);
            Files.write(file, original);
        }
        assertThat(verify("2023").exitCode()).isEqualTo(ExitCode.PUBLISHED);
    }

    @Test
    void nothingPublishedOrAnUnreadableManifestIsExit2NamingIt() throws IOException {
        RunOutcome none = verify(null, dir.resolve("empty-out"));
        assertThat(none.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(none.summary()).singleElement().asString().startsWith("error: job annual-report has no published"
                + " period in ").endsWith("nothing to verify");
        assertThat(verify("2021").exitCode()).as("a period never published").isEqualTo(ExitCode.INVALID);

        Path manifest = job.resolve("2022/manifest.json");
        byte[] original = Files.readAllBytes(manifest);
        try {
            Files.writeString(manifest, "{ not json");
            RunOutcome v = verify(null);
            assertThat(v.exitCode()).as(lines(v)).isEqualTo(ExitCode.INVALID);
            assertThat(lines(v)).contains("  2022  UNREADABLE: manifest " + manifest.toAbsolutePath().normalize())
                    .contains("  2023  verified").doesNotContain("\tat ");
        } finally {
            Files.write(manifest, original);
        }
    }
}
