package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.judicialmetrics.generate.GeneratorSettings;
import org.judicialmetrics.generate.SyntheticGenerator;
import org.judicialmetrics.report.fixture.HtmlText;
import org.judicialmetrics.testing.SparkTest;
import org.judicialmetrics.util.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same inputs, same figures: the annual job run twice on the same data into two output roots, and a third time on a
 * copy of the data in another folder under another default time zone and locale, publishes the same tables, metric
 * rows, report text, charts and manifest (run ids, times, timings and output paths aside), and its manifest lists
 * every input file with the checksum of its bytes, so a published figure can be traced to exactly those files.
 */
class DeterminismTest extends SparkTest {

    private static final String PERIOD = "2020";
    private static final LocalDate AS_OF = LocalDate.of(2021, 6, 30);

    @TempDir
    static Path dir;
    static Path data;
    static Path copy;
    /** Run 1 and 2 on {@code data}; run 3 on {@code copy}, in Pacific/Kiritimati (UTC+14) and Arabic (Egypt). */
    static Path[] outs;

    @BeforeAll
    static void runThreeTimes() throws IOException {
        spark();
        data = dir.resolve("data");
        new SyntheticGenerator(new GeneratorSettings(3_000, 41, 2019, 2020, false)).generate(data);
        copy = Files.createDirectories(dir.resolve("elsewhere/another-data-root"));
        try (Stream<Path> files = Files.list(data)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        outs = new Path[] {dir.resolve("out-1"), dir.resolve("out-2"), dir.resolve("elsewhere/out-3")};
        run(data, outs[0]);
        run(data, outs[1]);
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            // the defaults really are others: unpinned formatting would write Arabic-Indic digits, local times +14h
            assertThat(String.format("%d", 7)).isNotEqualTo("7");
            assertThat(TimeZone.getDefault().getRawOffset()).isEqualTo(14 * 3_600_000);
            run(copy, outs[2]);
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
    }

    private static void run(Path inputs, Path out) {
        RunOutcome o = new JobRun(Path.of(".")).execute(TestRuns.request("annual-report", PERIOD, AS_OF, inputs, out,
                null, false));
        assertThat(o.exitCode()).as(String.join("\n", o.summary())).isZero();
    }

    private static Path period(Path out) {
        return out.resolve("annual-report").resolve(PERIOD);
    }

    @Test
    void everyTableCsvIsByteForByteTheSame() throws IOException {
        Map<String, String> first = files(period(outs[0]).resolve("tables"), ".csv");
        assertThat(first).hasSizeGreaterThan(5);
        for (Path out : List.of(outs[1], outs[2])) {
            assertThat(files(period(out).resolve("tables"), ".csv")).as(out.toString()).isEqualTo(first);
        }
    }

    @Test
    void everySvgChartIsByteForByteTheSame() throws IOException {
        Map<String, String> first = files(period(outs[0]).resolve("charts"), ".svg");
        assertThat(first).isNotEmpty();
        for (Path out : List.of(outs[1], outs[2])) {
            assertThat(files(period(out).resolve("charts"), ".svg")).as(out.toString()).isEqualTo(first);
        }
    }

    @Test
    void thePublicAndRestrictedMetricTablesHoldTheSameRowsButTheRunId() throws SQLException {
        for (boolean restricted : new boolean[] {false, true}) {
            List<String> first = metricRows(metrics(outs[0], restricted));
            assertThat(first).as("restricted " + restricted).hasSizeGreaterThan(100);
            for (Path out : List.of(outs[1], outs[2])) {
                assertThat(metricRows(metrics(out, restricted))).as(out + " restricted " + restricted)
                        .isEqualTo(first);
            }
        }
    }

    @Test
    void theMetricTablesOfTwoRunsDoDifferInTheirRunIds() throws SQLException {
        // what the comparison leaves out is really there and really differs: the run id of each run
        assertThat(runIds(metrics(outs[0], false))).doesNotContainAnyElementsOf(runIds(metrics(outs[1], false)));
    }

    @Test
    void theReportReadsTheSameButItsGeneratedAtStampAndRunId() throws IOException {
        String first = reportText(outs[0]);
        assertThat(first).contains("<generated-at>").contains("<run-id>");
        for (Path out : List.of(outs[1], outs[2])) {
            assertThat(reportText(out)).as(out.toString()).isEqualTo(first);
        }
    }

    /** The report's visible text, its generated-at stamp and run id (job_period_time_hex) masked. */
    private static String reportText(Path out) throws IOException {
        return HtmlText.of(Files.readString(period(out).resolve("index.html"), StandardCharsets.UTF_8))
                .replaceAll("annual-report_" + PERIOD + "_\\d{8}T\\d{6}Z_[0-9a-f]+", "<run-id>");
    }

    @Test
    void theManifestIsTheSameButRunIdsTimesTimingsAndOutputPaths() throws IOException {
        JsonNode first = comparable(manifest(outs[0]));
        for (Path out : List.of(outs[1], outs[2])) {
            assertThat(comparable(manifest(out))).as(out.toString()).isEqualTo(first);
        }
    }

    @Test
    void theManifestListsEveryInputFileWithTheSha256OfItsBytes() throws IOException {
        for (int i = 0; i < outs.length; i++) {
            Path root = i < 2 ? data : copy;
            Map<String, String> listed = new TreeMap<>();
            manifest(outs[i]).get("inputs").forEach(input -> input.get("files").forEach(f ->
                    listed.put(f.get("path").asText(), f.get("sha256").asText())));
            Map<String, String> onDisk = new TreeMap<>();
            for (Map.Entry<String, String> f : files(root, ".csv").entrySet()) {
                String path = listed.keySet().stream().filter(p -> p.endsWith("/" + f.getKey()) || p.equals(f.getKey()))
                        .findFirst().orElse("not listed: " + f.getKey());
                onDisk.put(path, f.getValue());
            }
            assertThat(listed).as(outs[i].toString()).isEqualTo(onDisk);
        }
        assertThat(inputChecksums(manifest(outs[2]))).isEqualTo(inputChecksums(manifest(outs[0])));
    }

    @Test
    void theOutputFilesTheManifestRecordsAreTheSameAndTheirDeterministicOnesHaveTheSameChecksums() throws IOException {
        Map<String, String> first = outputFiles(manifest(outs[0]));
        assertThat(first.keySet()).anyMatch(p -> p.endsWith(".csv")).anyMatch(p -> p.endsWith(".svg"));
        for (Path out : List.of(outs[1], outs[2])) {
            assertThat(outputFiles(manifest(out))).as(out.toString()).isEqualTo(first);
        }
    }

    // ---- helpers ----

    private static JsonNode manifest(Path out) throws IOException {
        return Json.mapper().readTree(period(out).resolve("manifest.json").toFile());
    }

    /** The manifest without what differs from run to run by design: ids, times, timings and where things were. */
    private static JsonNode comparable(JsonNode manifest) {
        ObjectNode m = manifest.deepCopy();
        m.remove(List.of("run_id", "generated_at", "timings_ms", "data_root", "runs_log", "outputs", "output_files"));
        m.get("inputs").forEach(input -> input.get("files").forEach(f ->
                ((ObjectNode) f).put("path", f.get("path").asText().replaceAll(".*/", ""))));
        return m;
    }

    private static Map<String, String> inputChecksums(JsonNode manifest) {
        Map<String, String> sums = new TreeMap<>();
        manifest.get("inputs").forEach(input -> input.get("files").forEach(f ->
                sums.put(f.get("path").asText().replaceAll(".*/", ""), f.get("sha256").asText())));
        return sums;
    }

    /**
     * The files a manifest records as published: paths, with the checksums of the CSV tables and SVG charts (the
     * HTML and PDF carry the generated-at stamp, Parquet part files a name unique to each write).
     */
    private static Map<String, String> outputFiles(JsonNode manifest) {
        Map<String, String> files = new TreeMap<>();
        manifest.get("output_files").forEach(f -> {
            String path = f.get("path").asText();
            if (path.endsWith(".csv") || path.endsWith(".svg")) {
                files.put(path, f.get("sha256").asText());
            } else if (path.endsWith(".parquet")) {
                files.merge(path.substring(0, path.lastIndexOf('/')) + "/*.parquet", "1",
                        (a, b) -> Integer.toString(Integer.parseInt(a) + 1));
            } else {
                files.put(path, "");
            }
        });
        return files;
    }

    private static Path metrics(Path out, boolean restricted) {
        return (restricted ? TestRuns.restricted(out) : out.toAbsolutePath()).resolve("annual-report/metrics");
    }

    /** Every row of a metric table but its run id, as text, ordered by every column. */
    private static List<String> metricRows(Path table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select * exclude (run_id) from read_parquet('" + table
                     + "/**/*.parquet', hive_partitioning = true) order by all")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    row.append(meta.getColumnName(c)).append('=').append(rs.getString(c)).append(' ');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static List<String> runIds(Path table) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select distinct run_id from read_parquet('" + table
                     + "/**/*.parquet', hive_partitioning = true)")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** The files of a folder with a suffix, by name, with the SHA-256 of their bytes. */
    private static Map<String, String> files(Path folder, String suffix) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(folder)) {
            for (Path f : all.filter(p -> p.getFileName().toString().endsWith(suffix)).toList()) {
                files.put(f.getFileName().toString(), sha256(Files.readAllBytes(f)));
            }
        }
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
