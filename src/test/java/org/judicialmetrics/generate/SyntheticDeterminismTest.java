package org.judicialmetrics.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same settings, same bytes: the generator is reproducible, and its files have the canonical layout. */
class SyntheticDeterminismTest {

    private static final List<String> FILES = List.of("defendant_outcomes.csv", "exclusion_motions.csv",
            "conviction_reviews.csv", SyntheticGenerator.SUMMARY_FILE);

    @TempDir
    Path temp;

    @Test
    void sameSettingsGiveByteIdenticalFiles() throws IOException {
        GeneratedFiles.generate(temp.resolve("a"), 50_000, 7, true);
        GeneratedFiles.generate(temp.resolve("b"), 50_000, 7, true);

        for (String file : FILES) {
            assertThat(Files.mismatch(temp.resolve("a").resolve(file), temp.resolve("b").resolve(file)))
                    .as(file).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedGivesOtherFiles() throws IOException {
        GeneratedFiles.generate(temp.resolve("a"), 20_000, 7, false);
        GeneratedFiles.generate(temp.resolve("b"), 20_000, 8, false);

        for (String file : FILES.subList(0, 3)) {
            assertThat(Files.mismatch(temp.resolve("a").resolve(file), temp.resolve("b").resolve(file)))
                    .as(file).isNotEqualTo(-1L);
        }
    }

    @Test
    void dirtyModeLeavesTheCleanRowsAsTheyWere() throws IOException {
        GeneratedFiles.generate(temp.resolve("clean"), 20_000, 7, false);
        GenerationReport dirty = GeneratedFiles.generate(temp.resolve("dirty"), 20_000, 7, true);

        Set<String> clean = new HashSet<>(Files.readAllLines(temp.resolve("clean").resolve("defendant_outcomes.csv")));
        List<String> spoiled = Files.readAllLines(temp.resolve("dirty").resolve("defendant_outcomes.csv"));
        int faults = dirty.faults().get("defendant_outcomes").values().stream().mapToInt(Integer::intValue).sum();
        assertThat(spoiled).hasSizeGreaterThan(clean.size());
        assertThat(spoiled.stream().filter(line -> !clean.contains(line)).count()).isLessThanOrEqualTo(faults);
    }

    @Test
    void headersAreTheCanonicalColumnsInOrderWithUnixLineEnds() throws IOException {
        GeneratedFiles.generate(temp, 2_000, 1, false);

        for (Dataset dataset : Dataset.values()) {
            List<String> canonical = dataset.columns().stream().map(Column::name).toList();
            assertThat(GeneratedFiles.header(temp, dataset)).as(dataset.id()).isEqualTo(canonical);
            String text = Files.readString(SyntheticGenerator.csvFile(temp, dataset));
            assertThat(text).startsWith(String.join(",", canonical) + "\n").doesNotContain("\r").endsWith("\n");
        }
    }
}
