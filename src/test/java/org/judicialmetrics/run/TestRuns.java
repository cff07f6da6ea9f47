package org.judicialmetrics.run;

import java.nio.file.Path;
import java.time.LocalDate;

/** Run requests of tests, with local folders: the restricted root is the output root's default sibling. */
final class TestRuns {

    private TestRuns() {
    }

    static RunRequest request(String job, String period, LocalDate asOf, Path data, Path out, String master,
                              boolean backfill) {
        return new RunRequest(job, period, asOf, data == null ? null : data.toString(),
                out == null ? null : out.toString(), null, master, backfill);
    }

    /** The restricted root a run with {@code --out out} uses by default. */
    static Path restricted(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-restricted");
    }
}
