package org.judicialmetrics.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.run.JobRun;
import org.judicialmetrics.run.RunOutcome;
import org.judicialmetrics.run.RunRequest;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dirty sample run for real: every fault the generator injected (found in the files by {@link FaultClassifier}, not
 * taken from the generator) is in the run's quarantine, on its row id, with the reason the product gives that kind;
 * and nothing else is quarantined.
 */
class DirtyRunQuarantineTest extends SparkTest {

    /** The product's reason for each kind of fault (see {@code org.judicialmetrics.validate.Reason}). */
    private static final Map<FaultKind, String> REASON = new EnumMap<>(Map.ofEntries(
            Map.entry(FaultKind.UNPARSEABLE_DATE, "BAD_DATE"),
            Map.entry(FaultKind.CONCLUDED_BEFORE_FILED, "DATE_ORDER"),
            Map.entry(FaultKind.FUTURE_DATE, "FUTURE_DATE"),
            Map.entry(FaultKind.UNKNOWN_CODE, "UNKNOWN_CODE"),
            Map.entry(FaultKind.MISSING_REQUIRED, "MISSING_VALUE"),
            Map.entry(FaultKind.DUPLICATE_ROW, "DUPLICATE_ID"),
            Map.entry(FaultKind.BASIS_WITHOUT_ACQUITTAL, "BASIS_WITHOUT_ACQUITTAL"),
            Map.entry(FaultKind.NEGATIVE_COUNT, "NEGATIVE_COUNT"),
            Map.entry(FaultKind.IMPLAUSIBLY_EARLY_DATE, "BAD_DATE"),
            Map.entry(FaultKind.FAR_FUTURE_DATE, "FUTURE_DATE"),
            Map.entry(FaultKind.ABSURD_AMOUNT, "BAD_NUMBER"),
            Map.entry(FaultKind.LOWER_CASE_CODE, "UNKNOWN_CODE"),
            Map.entry(FaultKind.SPACED_CODE, "UNKNOWN_CODE"),
            Map.entry(FaultKind.MALFORMED_RECORD, "MALFORMED_RECORD")));

    @TempDir
    static Path dir;

    private static RunOutcome outcome;
    private static Path restricted;
    private static final Set<FaultKind> KINDS_IN_FILES = EnumSet.noneOf(FaultKind.class);
    /** Per dataset: "id reason" -> rows, as the files say it must be. */
    private static final Map<Dataset, Map<String, Integer>> EXPECTED = new EnumMap<>(Dataset.class);

    @BeforeAll
    static void generateAndRun() throws IOException {
        spark();
        Path data = dir.resolve("data");
        new SyntheticGenerator(new GeneratorSettings(20_000, 5, 2019, 2020, true)).generate(data);
        for (Dataset dataset : Dataset.values()) {
            FaultClassifier classifier = new FaultClassifier(dataset, LocalDate.of(2020, 12, 31));
            Map<String, Integer> expected = new TreeMap<>();
            GeneratedFiles.forEachRow(data, dataset, row -> {
                Set<FaultKind> faults = classifier.classify(row);
                assertThat(faults).as("one fault a row").hasSizeLessThanOrEqualTo(1);
                for (FaultKind kind : faults) {
                    KINDS_IN_FILES.add(kind);
                    // the quarantine keeps no values of a record it could not split into columns, so no id either
                    String id = kind == FaultKind.MALFORMED_RECORD ? "null" : row.get(dataset.idColumn());
                    expected.merge(id + " " + REASON.get(kind), 1, Integer::sum);
                }
            });
            EXPECTED.put(dataset, expected);
        }
        Path out = dir.resolve("out");
        restricted = dir.resolve("out-restricted");
        outcome = new JobRun(Path.of(".")).execute(new RunRequest("annual-report", "2020", LocalDate.of(2021, 6, 30),
                data.toString(), out.toString(), null, null, false));
    }

    @Test
    void everyFaultKindIsInTheRunsInput() {
        assertThat(REASON).containsOnlyKeys(FaultKind.values());
        assertThat(KINDS_IN_FILES).containsExactlyInAnyOrder(FaultKind.values());
    }

    @Test
    void everyInjectedFaultIsQuarantinedOnItsRowWithItsReasonAndNothingElseIs() throws SQLException {
        assertThat(outcome.exitCode()).as(String.join("\n", outcome.summary())).isZero();
        for (Dataset dataset : Dataset.values()) {
            assertThat(quarantined(dataset)).as(dataset.id()).isEqualTo(EXPECTED.get(dataset));
        }
    }

    /** "id reason_code" -> rows of the period's published quarantine. */
    private static Map<String, Integer> quarantined(Dataset dataset) throws SQLException {
        Map<String, Integer> rows = new TreeMap<>();
        Path folder = restricted.resolve("annual-report/2020/quarantine").resolve(dataset.id());
        if (!folder.toFile().isDirectory()) {
            return rows;
        }
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select " + dataset.idColumn() + ", reason_code from read_parquet('"
                     + folder + "/**/*.parquet')")) {
            while (rs.next()) {
                rows.merge(rs.getString(1) + " " + rs.getString(2), 1, Integer::sum);
            }
        }
        return rows;
    }
}
