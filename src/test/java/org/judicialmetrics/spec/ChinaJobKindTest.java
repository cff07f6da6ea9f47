package org.judicialmetrics.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code kind} and {@code figures} fields: periodic by default, published-figures needs its count table. */
class ChinaJobKindTest {

    @TempDir
    Path dir;

    private JobSpec read(String json) throws IOException {
        return JobSpecLoader.read(Files.writeString(dir.resolve("job.json"), json));
    }

    @Test
    void shippedChinaSpecIsAPublishedFiguresJob() {
        JobSpec spec = new JobSpecLoader(Path.of("jobs")).load("china-published");

        assertThat(spec.publishedFigures()).isTrue();
        assertThat(spec.figures()).isEqualTo("data/reference/china-published-figures.csv");
    }

    @Test
    void existingSpecsStayPeriodic() throws IOException {
        JobSpec spec = read("{\"id\": \"x\", \"granularity\": \"year\"}");

        assertThat(spec.kind()).isEqualTo(JobSpec.PERIODIC);
        assertThat(spec.publishedFigures()).isFalse();
        assertThat(spec.figures()).isNull();
    }

    @Test
    void anUnknownKindNamesTheAllowedKinds() {
        assertThatThrownBy(() -> read("{\"id\": \"x\", \"granularity\": \"year\", \"kind\": \"counts\"}"))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("field 'kind'")
                .hasMessageContaining("periodic (default), published-figures");
    }

    @Test
    void aPublishedFiguresJobNeedsItsCountTable() {
        assertThatThrownBy(() -> read("{\"id\": \"x\", \"granularity\": \"year\", \"kind\": \"published-figures\"}"))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("field 'figures'")
                .hasMessageContaining("required for kind published-figures");
    }

    @Test
    void aPeriodicJobReconcilesWithFiguresOnlyWhenYearly() throws java.io.IOException {
        assertThat(read("{\"id\": \"x\", \"granularity\": \"year\", \"figures\": \"a.csv\"}").figures())
                .isEqualTo("a.csv");
        assertThatThrownBy(() -> read("{\"id\": \"x\", \"granularity\": \"month\", \"figures\": \"a.csv\"}"))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("field 'figures': reconciliation with published figures needs granularity year");
    }

    @Test
    void publishedFiguresAreYearly() {
        assertThatThrownBy(() -> read("{\"id\": \"x\", \"granularity\": \"quarter\", \"kind\": \"published-figures\","
                + " \"figures\": \"a.csv\"}"))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("field 'granularity'");
    }
}
