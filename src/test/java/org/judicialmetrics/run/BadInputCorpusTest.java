package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SaveMode;
import org.judicialmetrics.generate.GeneratorSettings;
import org.judicialmetrics.generate.SyntheticGenerator;
import org.judicialmetrics.testing.SparkTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus: files cut short, damaged or mistyped Parquet, another encoding, empty files, a file of
 * nothing but invalid rows, duplicate ids across files, implausible dates and amounts, codes in the wrong case, broken
 * specs and paths. Each case is run for real against an archive that already holds a published period, and gives the
 * documented exit code, one line of ours that names the file, line or field and what was expected (never Spark's or
 * Java's text), leaves the published period exactly as it was, and keeps rejected rows in quarantine with reasons.
 */
class BadInputCorpusTest extends SparkTest {

    private static final List<String> INTERNAL = List.of("Exception", "\tat ", "Job aborted", "TID", "stage failure",
            "executor", "org.apache", "java.", "Caused by");

    @TempDir
    static Path dir;
    static Path good;
    static Path out;
    static Map<String, String> published;

    @BeforeAll
    static void publishAPeriod() throws IOException {
        spark();
        good = dir.resolve("good");
        out = dir.resolve("out");
        new SyntheticGenerator(new GeneratorSettings(3_000, 31, 2019, 2020, false)).generate(good);
        assertThat(run(good, "2020").exitCode()).isZero();
        published = tree(out);
        assertThat(published).containsKey("annual-report/2020/index.html");
    }

    // ---- files ----

    @Test
    void aCsvCutInTheMiddleOfARecord() throws IOException {
        Path data = copy("csv-cut");
        Path csv = data.resolve("defendant_outcomes.csv");
        byte[] bytes = Files.readAllBytes(csv);
        int lastLine = lastIndexOf(bytes, (byte) '\n', bytes.length - 2);
        Files.write(csv, java.util.Arrays.copyOf(bytes, lastLine + 20));
        rejected(run(data, "2020"), ExitCode.INVALID, "defendant_outcomes.csv", "line ", "cut short");
    }

    @Test
    void aCsvCutInsideAQuotedField() throws IOException {
        Path data = copy("csv-cut-quote");
        Path csv = data.resolve("exclusion_motions.csv");
        Files.writeString(csv, Files.readString(csv) + "M9999999,C2020-000001,D00000001,\"Beij", StandardCharsets.UTF_8);
        rejected(run(data, "2020"), ExitCode.INVALID, "exclusion_motions.csv", "line ", "quoted field");
    }

    @Test
    void aParquetFileCutInTheMiddle() throws IOException {
        Path data = parquetCopy("parquet-cut");
        Path file = data.resolve("defendant_outcomes.parquet");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        rejected(run(data, "2020"), ExitCode.INVALID, "defendant_outcomes.parquet", "not a readable Parquet file",
                "expected a complete Parquet file");
    }

    @Test
    void aParquetFileDamagedInsideItsData() throws IOException {
        Path data = parquetCopy("parquet-damaged");
        Path file = data.resolve("defendant_outcomes.parquet");
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 64; i < bytes.length / 2; i++) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A); // the footer is intact, the pages are not
        }
        Files.write(file, bytes);
        rejected(run(data, "2020"), ExitCode.INVALID, "defendant_outcomes.parquet", "cannot be read");
    }

    @Test
    void aParquetFileWithWrongColumnTypes() throws IOException {
        Path data = copy("parquet-types");
        Path csv = data.resolve("defendant_outcomes.csv");
        Path folder = dir.resolve("parquet-types-spark");
        spark().read().option("header", "true").csv(csv.toString())
                .withColumn("filed_date", org.apache.spark.sql.functions.lit(true))
                .coalesce(1).write().mode(SaveMode.Overwrite).parquet(folder.toString());
        Files.delete(csv);
        Files.copy(partFile(folder), data.resolve("defendant_outcomes.parquet"));
        rejected(run(data, "2020"), ExitCode.INVALID, "defendant_outcomes.parquet", "filed_date");
    }

    @Test
    void aCsvInAnotherEncoding() throws IOException {
        Path data = copy("latin1");
        Path csv = data.resolve("defendant_outcomes.csv");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        int line = text.indexOf('\n', text.indexOf('\n', text.indexOf('\n') + 1) + 1) + 1; // the start of line 4
        String changed = text.substring(0, line) + text.substring(line).replaceFirst(",BASIC,", ",BASÏC,");
        Files.write(csv, changed.getBytes(StandardCharsets.ISO_8859_1));
        long lineOfChange = changed.substring(0, changed.indexOf("BASÏC")).chars().filter(c -> c == '\n').count() + 1;
        rejected(run(data, "2020"), ExitCode.INVALID, "defendant_outcomes.csv", "line " + lineOfChange + ",",
                "not valid UTF-8", "encoding");
    }

    @Test
    void anEmptyFile() throws IOException {
        Path data = copy("empty");
        Files.write(data.resolve("conviction_reviews.csv"), new byte[0]);
        rejected(run(data, "2020"), ExitCode.INVALID, "conviction_reviews.csv", "empty");
    }

    @Test
    void aHeaderWithNoRows() throws IOException {
        Path data = copy("header-only");
        Path csv = data.resolve("conviction_reviews.csv");
        Files.writeString(csv, Files.readAllLines(csv).get(0) + "\n");
        // an export that wrote its header and nothing else: a person must look, so the gate fails (not "retry later")
        rejected(run(data, "2020"), ExitCode.GATE_FAILED, "quality gate failed: conviction_reviews");
    }

    @Test
    void aHundredThousandRowsThatAreAllInvalid() throws IOException, SQLException {
        Path data = copy("all-invalid");
        Path csv = data.resolve("defendant_outcomes.csv");
        String header = Files.readAllLines(csv).get(0);
        StringBuilder b = new StringBuilder(header).append('\n');
        for (int i = 1; i <= 100_000; i++) {
            b.append("X").append(i).append(",C").append(i).append(",P").append(i)
                    .append(",CN,Beijing,CN-BJ-1,BASIC,FIRST_INSTANCE,PUBLIC,theft,2020-02-30,2020-03-01,NOPE,,10\n");
        }
        Files.writeString(csv, b);
        RunOutcome o = run(data, "2020");
        rejected(o, ExitCode.GATE_FAILED, "quality gate failed: defendant_outcomes");
        Path failed = latestFailedRun();
        Map<String, Long> reasons = quarantineReasons(failed.resolve("quarantine/defendant_outcomes"));
        assertThat(reasons.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(100_000L);
        assertThat(reasons).containsKeys("BAD_DATE");
    }

    @Test
    void aDataPathThatDoesNotExist() {
        rejected(run(dir.resolve("no-such-folder"), "2020"), ExitCode.INVALID, "no-such-folder", "not a folder");
    }

    @Test
    void anOutputRootInsideTheInputFolder() throws IOException {
        Path data = copy("out-inside");
        RunOutcome o = new JobRun(Path.of(".")).execute(TestRuns.request("annual-report", "2020",
                LocalDate.of(2021, 6, 30), data, data.resolve("reports"), null, false));
        rejected(o, ExitCode.INVALID, "inside the data root");
        assertThat(data.resolve("reports")).doesNotExist();
    }

    // ---- rows: quarantined with their reasons, the rest published ----

    @Test
    void implausibleRowsAreQuarantinedWithTheirReasons() throws IOException, SQLException {
        Path data = copy("implausible");
        Path csv = data.resolve("defendant_outcomes.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv));
        lines.set(1, replaceField(lines.get(1), 10, "1900-01-05"));         // filed before the profile's earliest
        lines.set(2, replaceField(lines.get(2), 11, "2200-01-01"));         // concluded after the as-of date
        lines.set(3, replaceField(lines.get(3), 14, "-30"));                // negative custody
        lines.set(4, replaceField(lines.get(4), 12, "convicted"));          // a code in lower case
        lines.set(5, replaceField(lines.get(5), 12, "CON VICTED"));         // and with a space
        lines.add(lines.get(6));                                            // a duplicate id
        Files.write(csv, lines);
        Path reviews = data.resolve("conviction_reviews.csv");
        List<String> r = new ArrayList<>(Files.readAllLines(reviews));
        r.set(1, replaceField(r.get(1), 11, "1000000000000000"));            // compensation of 10^15
        Files.write(reviews, r);
        Path rowsOut = dir.resolve("implausible-out");
        RunOutcome o = new JobRun(Path.of(".")).execute(TestRuns.request("annual-report", "2020",
                LocalDate.of(2021, 6, 30), data, rowsOut, null, false));
        assertThat(o.exitCode()).as(String.join("\n", o.summary())).isZero();
        Path quarantine = TestRuns.restricted(rowsOut).resolve("annual-report/2020/quarantine");
        Map<String, Long> outcomes = quarantineReasons(quarantine.resolve("defendant_outcomes"));
        assertThat(outcomes).containsEntry("NEGATIVE_COUNT", 1L).containsEntry("DUPLICATE_ID", 1L)
                .containsEntry("UNKNOWN_CODE", 2L);
        assertThat(outcomes.get("BAD_DATE") + outcomes.getOrDefault("FUTURE_DATE", 0L)).isEqualTo(2L);
        assertThat(quarantineReasons(quarantine.resolve("conviction_reviews"))).containsEntry("BAD_NUMBER", 1L);
        assertThat(messages(quarantine.resolve("defendant_outcomes"))).anyMatch(m -> m.contains("1900-01-05")
                && m.contains("earliest plausible date")).anyMatch(m -> m.contains("'convicted'"));
    }

    @Test
    void duplicateIdsAcrossTheFilesOfOneDataset() throws IOException, SQLException {
        Path data = copy("duplicates");
        Path csv = data.resolve("defendant_outcomes.csv");
        List<String> lines = Files.readAllLines(csv);
        Path folder = Files.createDirectories(data.resolve("defendant_outcomes"));
        int half = lines.size() / 2;
        Files.write(folder.resolve("part-1.csv"), lines.subList(0, half + 10));
        List<String> second = new ArrayList<>(List.of(lines.get(0)));
        second.addAll(lines.subList(half, lines.size())); // rows half..half+9 are in both files
        Files.write(folder.resolve("part-2.csv"), second);
        Files.delete(csv);
        Path rowsOut = dir.resolve("duplicates-out");
        RunOutcome o = new JobRun(Path.of(".")).execute(TestRuns.request("annual-report", "2020",
                LocalDate.of(2021, 6, 30), data, rowsOut, null, false));
        assertThat(o.exitCode()).as(String.join("\n", o.summary())).isZero();
        Map<String, Long> reasons = quarantineReasons(
                TestRuns.restricted(rowsOut).resolve("annual-report/2020/quarantine/defendant_outcomes"));
        assertThat(reasons).containsEntry("DUPLICATE_ID", 10L);
    }

    // ---- specs, periods and mappings ----

    @Test
    void aSpecWithAFieldOfTheWrongType() throws IOException {
        Path spec = Files.writeString(dir.resolve("wrong-type.json"), """
                { "id": "wrong-type", "granularity": "year", "disclosure": { "min_count": "five" } }""");
        rejected(runSpec(spec.toString(), "2020"), ExitCode.INVALID, "wrong-type.json", "min_count");
    }

    @Test
    void aSpecWithAnUnknownField() throws IOException {
        Path spec = Files.writeString(dir.resolve("unknown-field.json"), """
                { "id": "unknown-field", "granularity": "year", "colour": "red" }""");
        rejected(runSpec(spec.toString(), "2020"), ExitCode.INVALID, "unknown-field.json", "colour");
    }

    @Test
    void aPeriodThatDoesNotParse() {
        rejected(run(good, "2020-Q5"), ExitCode.INVALID, "2020-Q5");
    }

    @Test
    void aMappingWhosePatternMatchesNothing() throws IOException {
        Path data = Files.createDirectories(dir.resolve("mapping-nothing/exports"));
        Files.writeString(data.resolve("readme.txt"), "the export has not run yet");
        Path spec = Files.writeString(dir.resolve("mapping-job.json"), """
                { "id": "mapping-job", "granularity": "year", "quality_gate": { "require_all_datasets": false },
                  "sources": [ { "path": "exports/outcomes-*.csv", "mapping": "example-court-export" } ] }""");
        RunOutcome o = new JobRun(Path.of(".")).execute(TestRuns.request(spec.toString(), "2020",
                LocalDate.of(2021, 6, 30), data.getParent(), out, null, false));
        rejected(o, o.exitCode(), "exports/outcomes-*.csv");
        assertThat(o.exitCode()).as(String.join("\n", o.summary())).isIn(ExitCode.INVALID, ExitCode.NOT_ARRIVED);
    }

    @Test
    void aDeclaredBreakdownOnAMissingColumn() throws IOException {
        Path spec = Files.writeString(dir.resolve("missing-breakdown.json"), """
                { "id": "missing-breakdown", "granularity": "year",
                  "breakdowns": { "defendant_outcomes": [ "region", "sex" ] } }""");
        rejected(runSpec(spec.toString(), "2020"), ExitCode.INVALID, "sex");
    }

    // ---- helpers ----

    private static RunOutcome run(Path data, String period) {
        return new JobRun(Path.of(".")).execute(TestRuns.request("annual-report", period, LocalDate.of(2021, 6, 30),
                data, out, null, false));
    }

    private static RunOutcome runSpec(String spec, String period) {
        return new JobRun(Path.of(".")).execute(TestRuns.request(spec, period, LocalDate.of(2021, 6, 30), good, out,
                null, false));
    }

    /** The documented code, one line of ours naming what it must, and the published period untouched. */
    private static void rejected(RunOutcome o, int exit, String... named) {
        String all = String.join("\n", o.summary());
        assertThat(o.exitCode()).as(all).isEqualTo(exit);
        String error = o.summary().stream().filter(l -> l.startsWith("error: ") || l.startsWith("quality gate failed: "))
                .findFirst().orElse(all);
        assertThat(error).as("one line").doesNotContain("\n");
        for (String part : named) {
            assertThat(error).as(all).contains(part);
        }
        for (String internal : INTERNAL) {
            assertThat(all).as("internal text").doesNotContain(internal);
        }
        try {
            Map<String, String> now = tree(out);
            List<String> changed = new ArrayList<>();
            published.forEach((f, sha) -> {
                if (!sha.equals(now.get(f))) {
                    changed.add(f);
                }
            });
            now.keySet().stream().filter(f -> !published.containsKey(f) && f.startsWith("annual-report/"))
                    .forEach(changed::add);
            assertThat(changed).as("published outputs changed or added").isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path copy(String name) throws IOException {
        Path to = dir.resolve(name);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(good)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    /** A copy of the data with the outcomes as one Parquet file. */
    private static Path parquetCopy(String name) throws IOException {
        Path data = copy(name);
        Path csv = data.resolve("defendant_outcomes.csv");
        Path folder = dir.resolve(name + "-spark");
        spark().read().option("header", "true").csv(csv.toString()).coalesce(1).write().mode(SaveMode.Overwrite)
                .parquet(folder.toString());
        Files.delete(csv);
        Files.copy(partFile(folder), data.resolve("defendant_outcomes.parquet"));
        return data;
    }

    private static Path partFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
    }

    private static Path latestFailedRun() throws IOException {
        try (Stream<Path> runs = Files.list(TestRuns.restricted(out).resolve("annual-report/_failed"))) {
            return runs.max(java.util.Comparator.comparing(p -> p.toFile().lastModified())).orElseThrow();
        }
    }

    private static Map<String, Long> quarantineReasons(Path folder) throws SQLException {
        Map<String, Long> reasons = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select reason_code, count(*) from read_parquet('" + folder
                     + "/**/*.parquet') group by 1")) {
            while (rs.next()) {
                reasons.put(rs.getString(1), rs.getLong(2));
            }
        }
        return reasons;
    }

    private static List<String> messages(Path folder) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select reason from read_parquet('" + folder + "/**/*.parquet')")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String replaceField(String line, int index, String value) {
        String[] fields = line.split(",", -1);
        fields[index] = value;
        return String.join(",", fields);
    }

    private static int lastIndexOf(byte[] bytes, byte b, int before) {
        for (int i = before; i >= 0; i--) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Every file under a folder with its SHA-256, but the run journal, which every run appends to, failed ones too. */
    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>(TestRuns.tree(root));
        files.keySet().removeIf(f -> f.endsWith("runs.jsonl"));
        return files;
    }
}
