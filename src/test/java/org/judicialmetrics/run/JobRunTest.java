package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judicialmetrics.model.Dataset.CONVICTION_REVIEWS;
import static org.judicialmetrics.model.Dataset.DEFENDANT_OUTCOMES;
import static org.judicialmetrics.model.Dataset.EXCLUSION_MOTIONS;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.judicialmetrics.testing.Rows;
import org.judicialmetrics.testing.SparkTest;
import org.judicialmetrics.util.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobRunTest extends SparkTest {

    @TempDir
    Path dir;
    Path data;
    Path out;

    @BeforeEach
    void data() throws IOException {
        spark();
        data = dir.resolve("data");
        out = dir.resolve("out");
        List<Map<String, String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            outcomes.add(Rows.valid(DEFENDANT_OUTCOMES, "record_id", "R" + i, "case_id", "C" + i));
        }
        Rows.csv(data.resolve("defendant_outcomes.csv"), DEFENDANT_OUTCOMES, outcomes);
        Rows.csv(data.resolve("exclusion_motions.csv"), EXCLUSION_MOTIONS, List.of(Rows.valid(EXCLUSION_MOTIONS)));
        Rows.csv(data.resolve("conviction_reviews.csv"), CONVICTION_REVIEWS, List.of(Rows.valid(CONVICTION_REVIEWS)));
    }

    private RunOutcome run(String... period) {
        return new JobRun(Path.of(".")).execute(TestRuns.request("annual-report", period.length > 0 ? period[0] : "2020",
                LocalDate.of(2024, 6, 30), data, out, null, false));
    }

    private JsonNode manifest() throws IOException {
        return Json.mapper().readTree(out.resolve("annual-report/2020/manifest.json").toFile());
    }

    @Test
    void publishesTheManifestWithCountsAndChecks() throws IOException {
        RunOutcome outcome = run();
        assertThat(outcome.exitCode()).as(String.join("\n", outcome.summary())).isEqualTo(ExitCode.PUBLISHED);
        JsonNode m = manifest();
        assertThat(m.get("status").asText()).isEqualTo("published");
        assertThat(m.get("period").get("label").asText()).isEqualTo("2020");
        assertThat(m.get("inputs").get(0).get("rows_read").asLong()).isEqualTo(60);
        assertThat(m.get("inputs").get(0).get("files").get(0).get("sha256").asText()).hasSize(64);
        assertThat(m.get("job_spec_sha256").asText()).hasSize(64);
        assertThat(m.get("software").get("spark").asText()).startsWith("4.");
        assertThat(m.get("checks")).allSatisfy(c -> assertThat(c.get("passed").asBoolean()).isTrue());
        assertThat(out.resolve("annual-report/2020/quarantine")).doesNotExist();
    }

    @Test
    void theManifestTracesTheRunToItsProfileMappingAndReferenceFiguresByChecksum() throws Exception {
        assertThat(run().exitCode()).isEqualTo(ExitCode.PUBLISHED);
        JsonNode configuration = manifest().get("configuration");
        assertThat(configuration).isNotNull();
        java.util.Map<String, String> byRole = new java.util.LinkedHashMap<>();
        configuration.forEach(c -> byRole.put(c.get("role").asText() + " " + c.get("path").asText(),
                c.get("sha256").asText()));
        // the checksums of the files as they are on disk, computed here
        assertThat(byRole).containsEntry("profile " + Path.of("jobs/profiles/cn.json").toAbsolutePath().normalize(),
                sha256(Path.of("jobs/profiles/cn.json")));
        assertThat(byRole).containsEntry("source_mapping "
                        + Path.of("jobs/sources/china-published-figures.json").toAbsolutePath().normalize(),
                sha256(Path.of("jobs/sources/china-published-figures.json")));
        assertThat(byRole).containsEntry("reference_figures "
                        + Path.of("data/reference/china-published-figures.csv").toAbsolutePath().normalize(),
                sha256(Path.of("data/reference/china-published-figures.csv")));
    }

    private static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void everyRunLeavesALineInTheJournalAndALogBesideItsManifest() throws IOException {
        assertThat(run().exitCode()).isEqualTo(ExitCode.PUBLISHED);
        Files.writeString(data.resolve("conviction_reviews.csv"), "review_id,region\nV1,Hebei\n");
        assertThat(run().exitCode()).isEqualTo(ExitCode.INVALID);
        List<String> lines = Files.readAllLines(out.resolve("annual-report/runs.jsonl"));
        assertThat(lines).hasSize(2);
        JsonNode published = Json.mapper().readTree(lines.get(0));
        assertThat(published.get("run_id").asText()).isEqualTo(manifest().get("run_id").asText());
        assertThat(published.get("exit_code").asInt()).isEqualTo(0);
        assertThat(published.get("rows_read").asLong()).isEqualTo(62);
        assertThat(published.get("headline").asText()).startsWith("2020: acquittal rate");
        assertThat(manifest().get("runs_log").asText()).endsWith("annual-report/runs.jsonl");
        String publishedLog = Files.readString(out.resolve("annual-report/2020/run.log"));
        assertThat(publishedLog).contains("judicial-metrics: validate").contains("2020: acquittal rate")
                .containsPattern("(?m)^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  StageClock - judicial-metrics: validate")
                .contains("run " + published.get("run_id").asText() + " of job annual-report");
        JsonNode invalid = Json.mapper().readTree(lines.get(1));
        assertThat(invalid.get("exit_code").asInt()).isEqualTo(ExitCode.INVALID);
        Path log = TestRuns.restricted(out).resolve("annual-report/_failed/" + invalid.get("run_id").asText()
                + "/run.log");
        assertThat(Files.readString(log)).contains("conviction_reviews.csv").contains("\tat org.judicialmetrics")
                .contains("ERROR JobRun - error: ").contains("run " + invalid.get("run_id").asText());
    }

    @Test
    void missingRequiredColumnExits2NamingFileAndColumn() throws IOException {
        Files.writeString(data.resolve("conviction_reviews.csv"), "review_id,region\nV1,Hebei\n");
        RunOutcome outcome = run();
        assertThat(outcome.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(outcome.summary()).hasSize(1);
        assertThat(outcome.summary().get(0)).contains("conviction_reviews.csv: required columns 'original_case_id'")
                .contains("found columns: review_id, region");
        assertThat(out.resolve("annual-report/2020")).doesNotExist();
    }

    @Test
    void failedGateExits3AndLeavesThePublishedPeriodIntact() throws IOException {
        assertThat(run().exitCode()).isEqualTo(ExitCode.PUBLISHED);
        String published = Files.readString(out.resolve("annual-report/2020/manifest.json"));

        List<Map<String, String>> dirty = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            dirty.add(Rows.valid(DEFENDANT_OUTCOMES, "record_id", "R" + i, "outcome", "ACQUITED"));
        }
        dirty.add(Rows.valid(DEFENDANT_OUTCOMES, "record_id", "R99"));
        Rows.csv(data.resolve("defendant_outcomes.csv"), DEFENDANT_OUTCOMES, dirty);
        RunOutcome outcome = run();

        assertThat(outcome.exitCode()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(String.join("\n", outcome.summary()))
                .contains("quality gate failed: defendant_outcomes quarantined share: 10 of 11 rows quarantined; 90.909% for faults")
                .contains("UNKNOWN_CODE");
        assertThat(Files.readString(out.resolve("annual-report/2020/manifest.json"))).isEqualTo(published);
        assertThat(out.resolve("annual-report/_failed")).as("no row-level data under --out").doesNotExist();
        try (var failed = Files.list(TestRuns.restricted(out).resolve("annual-report/_failed"))) {
            Path run = failed.findFirst().orElseThrow();
            assertThat(run.resolve("quarantine/defendant_outcomes")).isDirectory();
            assertThat(Json.mapper().readTree(run.resolve("manifest.json").toFile()).get("status").asText())
                    .isEqualTo("gate_failed");
        }
    }

    @Test
    void aPeriodTheDataHaveNotReachedExitsFiveForARetryInsteadOfPublishingZeros() throws IOException {
        RunOutcome outcome = run("2023");

        assertThat(outcome.exitCode()).isEqualTo(ExitCode.NOT_ARRIVED).isEqualTo(5);
        assertThat(String.join("\n", outcome.summary()))
                .contains("data not arrived: defendant_outcomes reaches the period: latest concluded_date 2020-")
                .contains("the period 2023 starts 2023-01-01: its data have not arrived")
                .contains("run again when the data reach 2023");
        assertThat(TestRuns.restricted(out).resolve("annual-report/_failed")).as("late data leave nothing to inspect")
                .doesNotExist();
        assertThat(out.resolve("annual-report/2023")).doesNotExist();
        assertThat(out.resolve("annual-report/metrics")).doesNotExist();

        Path spec = Files.writeString(dir.resolve("no-reach.json"), """
                {"id": "no-reach", "granularity": "year", "quality_gate": {"require_period_data": false}}""");
        RunOutcome allowed = new JobRun(Path.of(".")).execute(TestRuns.request(spec.toString(), "2023",
                LocalDate.of(2024, 6, 30), data, out, null, false));
        assertThat(allowed.exitCode()).as("the check can be turned off").isEqualTo(ExitCode.PUBLISHED);
    }

    @Test
    void anotherRunHoldingTheLockExits4() throws IOException {
        try (JobLock held = JobLock.tryAcquire(org.judicialmetrics.storage.Location.local(out.resolve("annual-report")), "another-run").orElseThrow()) {
            RunOutcome outcome = run();
            assertThat(outcome.exitCode()).isEqualTo(ExitCode.LOCKED);
            assertThat(outcome.summary().get(0)).contains("another run of job annual-report");
        }
    }

    @Test
    void periodOfTheWrongGranularityExits2() {
        RunOutcome outcome = run("2020-Q1");
        assertThat(outcome.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(outcome.summary().get(0)).contains("--period 2020-Q1 is a quarter but job annual-report runs by year");
    }

    @Test
    void missingDataRootExits2() {
        data = dir.resolve("nowhere");
        RunOutcome outcome = run();
        assertThat(outcome.exitCode()).isEqualTo(ExitCode.INVALID);
        assertThat(outcome.summary().get(0)).contains("nowhere is not a folder");
    }
}
