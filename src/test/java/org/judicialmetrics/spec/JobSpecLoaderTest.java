package org.judicialmetrics.spec;

import org.judicialmetrics.testing.TestModel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.judicialmetrics.period.Era;
import org.judicialmetrics.period.PeriodType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobSpecLoaderTest {

    @TempDir
    Path dir;

    private Path spec(String json) throws IOException {
        return Files.writeString(dir.resolve("job.json"), json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"annual-report", "quarterly-report"})
    void shippedSpecsLoad(String name) {
        JobSpec spec = new JobSpecLoader(Path.of("jobs")).load(name);
        assertThat(spec.id()).isEqualTo(name);
        assertThat(spec.baseline()).isEqualTo(LocalDate.of(2012, 1, 1));
        assertThat(spec.eras()).isEqualTo(TestModel.cnEras());
    }

    @Test
    void defaultsFillWhatIsNotGiven() throws IOException {
        JobSpec spec = JobSpecLoader.read(spec("{\"id\": \"x\", \"granularity\": \"month\"}"));
        assertThat(spec.granularity()).isEqualTo(PeriodType.MONTH);
        assertThat(spec.qualityGate().maxQuarantinedShare()).isEqualTo(0.05);
        assertThat(spec.reliability().minNumerator()).isEqualTo(20);
        assertThat(spec.disclosure().minCount()).isEqualTo(5);
        assertThat(spec.confidence()).isEqualTo(0.95);
        assertThat(spec.data()).isEqualTo("data/sample");
    }

    @Test
    void unknownFieldIsAnErrorNamingFileFieldAndAllowed() throws IOException {
        Path f = spec("{\"id\": \"x\", \"granularity\": \"year\", \"quality_gate\": {\"max_quarantine\": 0.1}}");
        assertThatThrownBy(() -> JobSpecLoader.read(f)).isInstanceOf(SpecException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("unknown field 'quality_gate.max_quarantine'")
                .hasMessageContaining("max_quarantined_share");
    }

    @Test
    void badGranularityNamesTheAllowedValues() throws IOException {
        Path f = spec("{\"id\": \"x\", \"granularity\": \"weekly\"}");
        assertThatThrownBy(() -> JobSpecLoader.read(f)).isInstanceOf(SpecException.class)
                .hasMessageContaining("field 'granularity'").hasMessageContaining("year, quarter, month");
    }

    @Test
    void missingGranularity() throws IOException {
        Path f = spec("{\"id\": \"x\"}");
        assertThatThrownBy(() -> JobSpecLoader.read(f)).hasMessageContaining("field 'granularity': required");
    }

    @Test
    void badDateNamesTheField() throws IOException {
        Path f = spec("{\"id\": \"x\", \"granularity\": \"year\", \"baseline\": \"2012/01/01\"}");
        assertThatThrownBy(() -> JobSpecLoader.read(f)).hasMessageContaining("field 'baseline'");
    }

    @Test
    void shareOutOfRange() throws IOException {
        Path f = spec("{\"id\": \"x\", \"granularity\": \"year\", \"quality_gate\": {\"max_quarantined_share\": 5}}");
        assertThatThrownBy(() -> JobSpecLoader.read(f))
                .hasMessageContaining("field 'quality_gate.max_quarantined_share': a share from 0 to 1");
    }

    @Test
    void erasMustBeConsecutive() throws IOException {
        Path f = spec("""
                {"id": "x", "granularity": "year", "eras": [
                  {"id": "a", "end": "2012-12-31"},
                  {"id": "b", "start": "2013-02-01"}]}""");
        assertThatThrownBy(() -> JobSpecLoader.read(f)).hasMessageContaining("field 'eras[1].start'")
                .hasMessageContaining("2013-01-01");
    }

    @Test
    void invalidJsonGivesLineAndColumn() throws IOException {
        Path f = spec("{\"id\": \"x\",\n \"granularity\": }");
        assertThatThrownBy(() -> JobSpecLoader.read(f)).hasMessageContaining("not valid JSON at line 2");
    }

    @Test
    void unknownJobListsTheAvailableOnes() {
        assertThatThrownBy(() -> new JobSpecLoader(Path.of("jobs")).resolve("anual-report"))
                .hasMessageContaining("job 'anual-report' not found").hasMessageContaining("annual-report");
    }
}
