package org.judicialmetrics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    @Test
    void usageErrorsExit2() {
        assertThat(Main.execute("run", "annual-report", "--bogus")).isEqualTo(2);
        assertThat(Main.execute("run", "annual-report", "--as-of", "2024-13-01")).isEqualTo(2);
        assertThat(Main.execute("generate")).as("--out is required").isEqualTo(2);
    }

    @Test
    void anUnexpectedFailureExits1() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "");
        assertThat(Main.execute("run", "annual-report", "--out", file.toString())).isEqualTo(1);
    }

    @Test
    void failuresAreReportedInOneLineByTheirRootCause() {
        Throwable e = new UncheckedIOException(new FileSystemException("/out/job", null, "Not a directory"));
        assertThat(Main.oneLine(e)).isEqualTo("/out/job: Not a directory (FileSystemException)");
    }
}
