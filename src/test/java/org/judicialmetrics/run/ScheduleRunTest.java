package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.judicialmetrics.generate.GeneratorSettings;
import org.judicialmetrics.generate.SyntheticGenerator;
import org.judicialmetrics.testing.SparkTest;
import org.judicialmetrics.util.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a scheduler calls: {@code --list} and {@code --backfill-from} on one archive, step by step. Missing periods run
 * in order; a period within {@code provisional_days} of its end is published provisional ({@code p}) and run again
 * until final; a changed input makes every period it fed stale; an up-to-date archive has nothing to do.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScheduleRunTest extends SparkTest {

    @TempDir
    static Path dir;
    static Path data;
    static Path out;

    @BeforeAll
    static void generate() throws IOException {
        spark();
        data = dir.resolve("data");
        out = dir.resolve("out");
        new SyntheticGenerator(new GeneratorSettings(8_000, 3, 2020, 2023, false)).generate(data);
    }

    static RunOutcome call(LocalDate asOf, boolean list) {
        return new JobRun(Path.of(".")).execute(new RunRequest("annual-report", null, asOf, data.toString(),
                out.toString(), null, null, false, "2022", list));
    }

    static String lines(RunOutcome o) {
        return String.join("\n", o.summary());
    }

    static String runId(String period) throws IOException {
        return Json.mapper().readTree(out.resolve("annual-report/" + period + "/manifest.json").toFile())
                .get("run_id").asText();
    }

    @Test
    @Order(1)
    void aBackfillRunsTheMissingPeriodsInOrderAndTheLatestIsProvisional() throws IOException {
        LocalDate asOf = LocalDate.of(2024, 2, 15); // 2023 ended 46 days before: within the 90 provisional days
        assertThat(lines(call(asOf, true))).containsPattern("2022 +missing").containsPattern("2023 +missing");
        RunOutcome backfill = call(asOf, false);
        assertThat(backfill.exitCode()).as(lines(backfill)).isEqualTo(ExitCode.PUBLISHED);
        String text = lines(backfill);
        assertThat(text.indexOf("== 2022 (missing")).isNotNegative().isLessThan(text.indexOf("== 2023 (missing"));
        assertThat(Files.readString(out.resolve("annual-report/2023/index.html"))).contains("Provisional: figures may be revised");
        assertThat(Files.readString(out.resolve("annual-report/2022/index.html"))).doesNotContain("Provisional: figures may be revised");
        assertThat(lines(call(asOf, true))).containsPattern("2022 +published").containsPattern(
                "2023 +provisional .*final from 2024-03-30");
    }

    @Test
    @Order(2)
    void aProvisionalPeriodRunsAgainUntilFinalThenThereIsNothingToDo() throws IOException {
        String first2022 = runId("2022");
        RunOutcome again = call(LocalDate.of(2024, 2, 20), false);
        assertThat(lines(again)).contains("== 2023 (provisional").doesNotContain("== 2022");
        RunOutcome later = call(LocalDate.of(2024, 4, 1), false);
        assertThat(lines(later)).contains("== 2023 (provisional").doesNotContain("== 2022");
        assertThat(Files.readString(out.resolve("annual-report/2023/index.html"))).doesNotContain("Provisional: figures may be revised");
        RunOutcome idle = call(LocalDate.of(2024, 4, 1), false);
        assertThat(idle.exitCode()).isEqualTo(ExitCode.PUBLISHED);
        assertThat(lines(idle)).contains("nothing to do");
        assertThat(runId("2022")).as("2022 was never run again").isEqualTo(first2022);
    }

    @Test
    @Order(3)
    void aChangedInputMakesThePeriodsStale() throws IOException {
        Path reviews = data.resolve("conviction_reviews.csv");
        List<String> rows = Files.readAllLines(reviews);
        Files.write(reviews, rows.subList(0, rows.size() - 2));
        RunOutcome list = call(LocalDate.of(2024, 4, 1), true);
        assertThat(lines(list)).containsPattern("2022 +stale .*input changed: .*conviction_reviews.csv")
                .containsPattern("2023 +stale");
        String before = runId("2023");
        RunOutcome rerun = call(LocalDate.of(2024, 4, 1), false);
        assertThat(rerun.exitCode()).as(lines(rerun)).isEqualTo(ExitCode.PUBLISHED);
        assertThat(lines(rerun)).contains("== 2022 (stale").contains("== 2023 (stale").contains("backfill done: 2");
        assertThat(runId("2023")).isNotEqualTo(before);
        assertThat(lines(call(LocalDate.of(2024, 4, 1), false))).contains("nothing to do");
    }
}
