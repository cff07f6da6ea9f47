package org.judicialmetrics.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The generate command as a job runs it: options, defaults, exit codes and its summary. */
class GenerateCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new GenerateCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
    }

    @Test
    void writesTheDatasetsAndPrintsASummary() {
        int code = run("--out", temp.toString(), "--defendants", "3000", "--seed", "5", "--from", "2015", "--to",
                "2017", "--dirty");

        assertThat(code).isZero();
        assertThat(temp.resolve("defendant_outcomes.csv")).exists();
        assertThat(temp.resolve("exclusion_motions.csv")).exists();
        assertThat(temp.resolve("conviction_reviews.csv")).exists();
        assertThat(temp.resolve("GENERATED.json")).exists();
        assertThat(out.toString()).contains(temp.toAbsolutePath().toString()).contains("defendant_outcomes")
                .contains("faults injected").containsPattern("(?m)^    [A-Z_]+ +\\d+$");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void defaultsAreThoseOfTheSpec() throws Exception {
        GenerateCommand command = new GenerateCommand();
        new CommandLine(command).parseArgs("--out", temp.toString());

        assertThat(command).extracting("defendants", "seed", "fromYear", "toYear", "dirty", "parquet")
                .containsExactly(400_000, 2012L, 2010, 2025, false, false);
    }

    @Test
    void yearsTheWrongWayRoundAreABadArgument() {
        int code = run("--out", temp.resolve("x").toString(), "--from", "2020", "--to", "2012");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("2020").hasLineCount(1);
        assertThat(Files.exists(temp.resolve("x"))).isFalse();
    }

    @Test
    void zeroDefendantsIsABadArgument() {
        assertThat(run("--out", temp.toString(), "--defendants", "0")).isEqualTo(2);
        assertThat(err.toString()).startsWith("generate: defendants").hasLineCount(1);
    }

    @Test
    void aMissingOutFolderIsABadArgument() {
        assertThat(run("--defendants", "10")).isEqualTo(2);
    }
}
