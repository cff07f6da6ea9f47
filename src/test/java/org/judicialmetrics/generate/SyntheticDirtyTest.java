package org.judicialmetrics.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.util.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dirty run: every fault kind shows up, at a small rate, and GENERATED.json says exactly what the files hold. */
class SyntheticDirtyTest {

    @TempDir
    static Path out;

    private static GenerationReport report;
    private static final Map<String, Map<String, Integer>> FOUND = new TreeMap<>();
    private static final Map<String, Integer> ROWS_WITH_TWO_FAULTS = new HashMap<>();

    @BeforeAll
    static void generateOnce() {
        report = GeneratedFiles.generate(out, 80_000, 99, true);
        for (Dataset dataset : Dataset.values()) {
            FaultClassifier classifier = new FaultClassifier(dataset, LocalDate.of(2025, 12, 31));
            Map<String, Integer> found = new TreeMap<>();
            GeneratedFiles.forEachRow(out, dataset, row -> {
                Set<FaultKind> faults = classifier.classify(row);
                faults.forEach(kind -> found.merge(kind.name(), 1, Integer::sum));
                if (faults.size() > 1) {
                    ROWS_WITH_TWO_FAULTS.merge(dataset.id(), 1, Integer::sum);
                }
            });
            FOUND.put(dataset.id(), found);
        }
    }

    @Test
    void faultCountsInTheSummaryAreExactlyWhatTheFilesHold() {
        assertThat(FOUND).isEqualTo(report.faults());
        assertThat(ROWS_WITH_TWO_FAULTS).isEmpty();
    }

    @Test
    void everyFaultKindIsInjected() {
        Set<FaultKind> injected = EnumSet.noneOf(FaultKind.class);
        FOUND.values().forEach(byKind -> byKind.keySet().forEach(kind -> injected.add(FaultKind.valueOf(kind))));
        assertThat(injected).containsExactlyInAnyOrder(FaultKind.values());
        assertThat(FOUND.get("defendant_outcomes")).containsKeys("UNPARSEABLE_DATE", "CONCLUDED_BEFORE_FILED",
                "FUTURE_DATE", "UNKNOWN_CODE", "MISSING_REQUIRED", "DUPLICATE_ROW", "BASIS_WITHOUT_ACQUITTAL",
                "NEGATIVE_COUNT", "IMPLAUSIBLY_EARLY_DATE", "FAR_FUTURE_DATE", "ABSURD_AMOUNT", "LOWER_CASE_CODE",
                "SPACED_CODE", "MALFORMED_RECORD");
    }

    @Test
    void malformedRecordsAreCutShortInTheMiddleOfTheFileNotAtItsEnd() throws IOException {
        assertThat(report.faults().get("defendant_outcomes")).containsKey("MALFORMED_RECORD");
        for (Dataset dataset : Dataset.values()) {
            List<String> lines = java.nio.file.Files.readAllLines(SyntheticGenerator.csvFile(out, dataset));
            int fields = dataset.columns().size();
            long shortLines = lines.stream().filter(l -> l.split(",", -1).length < fields - 1).count();
            assertThat(shortLines).as(dataset.id())
                    .isEqualTo((long) report.faults().get(dataset.id()).getOrDefault("MALFORMED_RECORD", 0));
            assertThat(lines.get(lines.size() - 1).split(",", -1)).as(dataset.id() + " last line").hasSize(fields);
        }
    }

    @Test
    void faultsStayAtAboutHalfAPercentOfRows() {
        long rows = 0;
        long faults = 0;
        for (Dataset dataset : Dataset.values()) {
            long datasetRows = report.rows().get(dataset.id());
            long datasetFaults = report.faults().get(dataset.id()).values().stream().mapToInt(Integer::intValue).sum();
            assertThat((double) datasetFaults / datasetRows).as(dataset.id()).isLessThan(0.02);
            rows += datasetRows;
            faults += datasetFaults;
        }
        assertThat((double) faults / rows).isBetween(0.003, 0.007);
    }

    @Test
    void summaryFileRecordsSettingsRowsAndFaults() throws IOException {
        JsonNode summary = Json.mapper().readTree(out.resolve(SyntheticGenerator.SUMMARY_FILE).toFile());
        assertThat(summary.at("/settings/defendants").asInt()).isEqualTo(80_000);
        assertThat(summary.at("/settings/seed").asLong()).isEqualTo(99);
        assertThat(summary.at("/settings/dirty").asBoolean()).isTrue();
        assertThat(summary.at("/rows/defendant_outcomes").asLong())
                .isEqualTo(80_000 + report.faults().get("defendant_outcomes").getOrDefault("DUPLICATE_ROW", 0));
        assertThat(summary.at("/fault_rate").asDouble()).isEqualTo(FaultInjector.FAULT_RATE);
        assertThat(summary.at("/faults/defendant_outcomes/UNKNOWN_CODE").asInt())
                .isEqualTo(FOUND.get("defendant_outcomes").get("UNKNOWN_CODE"));
    }
}
