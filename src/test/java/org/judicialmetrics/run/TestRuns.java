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
import org.judicialmetrics.generate.GeneratorSettings;
import org.judicialmetrics.generate.SyntheticGenerator;

/** Run requests of tests, with local folders: the restricted root is the output root's default sibling. */
final class TestRuns {

    private TestRuns() {
    }

    static RunRequest request(String job, String period, LocalDate asOf, Path data, Path out, String master,
                              boolean backfill) {
        return new RunRequest(job, period, asOf, data == null ? null : data.toString(),
                out == null ? null : out.toString(), null, master, backfill);
    }

    /**
     * The annual job run for 2019 and then 2020 on a small generated sample (6,000 defendants, seed 23, so many
     * breakdown cells are small and withheld): the public outputs the disclosure and dashboard tests read.
     */
    static void smallAnnualRuns(Path data, Path out) throws IOException {
        smallAnnualSample(data);
        for (String period : java.util.List.of("2019", "2020")) {
            smallAnnualRun(period, data, out);
        }
    }

    /** The small generated sample of {@link #smallAnnualRuns}, without running anything. */
    static void smallAnnualSample(Path data) throws IOException {
        new SyntheticGenerator(new GeneratorSettings(6_000, 23, 2012, 2020, true)).generate(data);
    }

    /** One run of the annual job as {@link #smallAnnualRuns} runs it, which must publish. */
    static RunOutcome smallAnnualRun(String period, Path data, Path out) {
        RunOutcome outcome = new JobRun(Path.of(".")).execute(
                request("annual-report", period, LocalDate.of(2021, 6, 30), data, out, null, false));
        if (outcome.exitCode() != ExitCode.PUBLISHED) {
            throw new AssertionError(period + ": " + String.join("\n", outcome.summary()));
        }
        return outcome;
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
