package org.judicialmetrics.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.judicialmetrics.metrics.MetricKind;
import org.judicialmetrics.spec.JobSpec;
import org.judicialmetrics.spec.JobSpecLoader;
import org.judicialmetrics.spec.SpecException;

/**
 * 6 (the other half). A declared rate whose numerator counts a code its denominator does not is rejected when the
 * spec is read ({@code MeasureBuilder} checks it before Spark starts), naming the file and field and pointing to kind
 * {@code ratio}; the same declaration as a ratio is accepted. No Spark: many tries.
 */
class DeclaredRateProperties {

    private static Path dir;

    @BeforeContainer
    static void folder() throws IOException {
        dir = Files.createTempDirectory("jm-declared");
    }

    @AfterContainer
    static void delete() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    @Provide
    Arbitrary<DeclaredRate> outside() {
        return Scenarios.declaredRates(false);
    }

    @Property(tries = 60, seed = "20170627")
    void aRateWhoseNumeratorIsNotWithinItsDenominatorIsRejected(@ForAll("outside") DeclaredRate rate)
            throws IOException {
        assertThat(rate.within()).isFalse();
        Path spec = Files.writeString(dir.resolve("rate.json"), DeclaredRate.spec("year", List.of(rate)));
        assertThatThrownBy(() -> JobSpecLoader.read(spec)).isInstanceOf(SpecException.class)
                .hasMessageContaining(spec + ": field 'metrics[0].numerator': a rate's numerator must count rows of"
                        + " its denominator")
                .hasMessageContaining("use kind ratio");

        Path ratio = Files.writeString(dir.resolve("ratio.json"),
                DeclaredRate.spec("year", List.of(rate)).replace("\"kind\": \"rate\"", "\"kind\": \"ratio\""));
        JobSpec loaded = JobSpecLoader.read(ratio);
        assertThat(loaded.model().metrics().byId(rate.id()).orElseThrow().kind()).isEqualTo(MetricKind.RATIO);
    }
}
