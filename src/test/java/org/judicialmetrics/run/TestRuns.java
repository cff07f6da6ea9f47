package org.judicialmetrics.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
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

    /** Every file under a folder, hidden ones included, with its SHA-256, by relative path. */
    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                try {
                    files.put(root.relativize(f).toString(), HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return files;
    }
}
