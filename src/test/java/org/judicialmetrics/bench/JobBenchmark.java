package org.judicialmetrics.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.judicialmetrics.util.Json;

/**
 * The figures of one end-to-end run of the annual job ({@code jobs/bench}): seconds, rows per second and peak memory
 * per stage from the run's manifest, beside DuckDB doing the same row checks and the same counts on the same Parquet
 * in the same run; every count of the metric table must equal DuckDB's. Exit 1 when one does not.
 *
 * <p>Arguments: defendants, the Parquet data root, the run's output root, the file {@code /usr/bin/time} wrote
 * ({@code "<max RSS KiB> <wall seconds>"}).
 */
public final class JobBenchmark {

    private static final List<String> BREAKDOWNS =
            List.of("region", "court_level", "proceeding", "prosecution_type", "offense_category");
    private static final String ADJUDICATED = "('CONVICTED', 'ACQUITTED', 'EXEMPT_FROM_PUNISHMENT', 'NOT_CRIMINALLY_LIABLE')";

    public static void main(String[] args) throws Exception {
        long defendants = Long.parseLong(args[0]);
        Path data = Path.of(args[1]);
        Path out = Path.of(args[2]);
        String[] time = Files.readString(Path.of(args[3])).trim().split("\\s+");
        JsonNode manifest = Json.mapper().readTree(out.resolve("annual-report/2025/manifest.json").toFile());
        long rows = 0;
        for (JsonNode input : manifest.get("inputs")) {
            rows += input.get("rows_read").asLong();
        }
        double peakGib = Long.parseLong(time[0]) / 1024.0 / 1024.0;
        System.out.printf(Locale.ROOT, "%,d defendants, %,d rows in all; whole job %.1f s wall, peak RSS %.2f GiB%n",
                defendants, rows, Double.parseDouble(time[1]), peakGib);
        System.out.println("stage        seconds   rows/s");
        double pipeline = 0;
        for (var e : iterable(manifest.get("timings_ms").fields())) {
            double s = e.getValue().asLong() / 1000.0;
            if (e.getKey().equals("validate") || e.getKey().equals("metrics")) {
                pipeline += s;
            }
            System.out.printf(Locale.ROOT, "%-11s %8.2f %10s%n", e.getKey(), s,
                    s >= 0.05 ? String.format(Locale.ROOT, "%,.0f", rows / s) : "-");
        }
        String outcomes = parquet(data, "defendant_outcomes");
        // every figure, as the restricted root keeps it (the public table withholds small counts)
        String metrics = out.resolveSibling(out.getFileName() + "-restricted").resolve("annual-report/metrics")
                + "/**/*.parquet";
        long t0 = System.nanoTime();
        long valid = validRows(outcomes);
        Map<String, Long> expected = counts(outcomes);
        double duckdb = (System.nanoTime() - t0) / 1e9;
        Map<String, Long> published = published(metrics);
        long accepted = manifest.get("inputs").get(0).get("rows_accepted").asLong();
        List<String> differ = new ArrayList<>();
        if (valid != accepted) {
            differ.add("accepted rows: job " + accepted + ", DuckDB " + valid);
        }
        expected.forEach((k, v) -> {
            if (!v.equals(published.getOrDefault(k, 0L))) {
                differ.add(k + ": job " + published.get(k) + ", DuckDB " + v);
            }
        });
        System.out.printf(Locale.ROOT, "duckdb      %8.2f            (same row checks and %,d counts)%n", duckdb,
                expected.size());
        System.out.printf(Locale.ROOT, "validate+metrics / duckdb: %.1fx%n", pipeline / duckdb);
        if (!differ.isEmpty()) {
            System.out.println("COUNTS DIFFER (" + differ.size() + "): " + differ.subList(0, Math.min(5, differ.size())));
            System.exit(1);
        }
        System.out.printf(Locale.ROOT, "every count agrees (%,d compared)%n", expected.size());
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }

    private static String parquet(Path data, String dataset) {
        Path folder = data.resolve(dataset + ".parquet");
        return Files.isDirectory(folder) ? folder + "/*.parquet" : folder.toString();
    }

    /** The rows the job's row checks accept, checked by DuckDB: required values, codes, dates, unique ids. */
    private static long validRows(String outcomes) throws Exception {
        String sql = """
                SELECT count(DISTINCT record_id) FROM read_parquet('%s')
                WHERE record_id IS NOT NULL AND case_id IS NOT NULL AND defendant_ref IS NOT NULL
                  AND region IS NOT NULL AND offense_category IS NOT NULL AND concluded_date IS NOT NULL
                  AND concluded_date <= DATE '2026-01-01'
                  AND court_level IN ('BASIC', 'INTERMEDIATE', 'HIGH', 'SUPREME')
                  AND proceeding IN ('FIRST_INSTANCE', 'APPEAL', 'RETRIAL')
                  AND prosecution_type IN ('PUBLIC', 'PRIVATE')
                  AND outcome IN ('CONVICTED', 'ACQUITTED', 'EXEMPT_FROM_PUNISHMENT', 'NOT_CRIMINALLY_LIABLE',
                                  'PROSECUTION_WITHDRAWN', 'TERMINATED')
                  AND (acquittal_basis IS NULL OR outcome = 'ACQUITTED')
                  AND (filed_date IS NULL OR filed_date <= concluded_date)
                """.formatted(outcomes);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** year|breakdown|value|metric -> adjudicated defendants and acquittals, as grouping sets over the Parquet. */
    private static Map<String, Long> counts(String outcomes) throws Exception {
        StringBuilder sets = new StringBuilder("(year)");
        BREAKDOWNS.forEach(b -> sets.append(", (year, ").append(b).append(")"));
        String sql = """
                SELECT year, %s, count(*) FILTER (WHERE outcome IN %s), count(*) FILTER (WHERE outcome = 'ACQUITTED')
                FROM (SELECT CAST(year(concluded_date) AS VARCHAR) AS year, * FROM read_parquet('%s'))
                GROUP BY GROUPING SETS (%s)
                """.formatted(String.join(", ", BREAKDOWNS), ADJUDICATED, outcomes, sets);
        Map<String, Long> counts = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String breakdown = "all";
                String value = "all";
                for (int i = 0; i < BREAKDOWNS.size(); i++) {
                    if (rs.getString(2 + i) != null) {
                        breakdown = BREAKDOWNS.get(i);
                        value = rs.getString(2 + i);
                    }
                }
                String key = rs.getString(1) + "|" + breakdown + "|" + value + "|";
                counts.put(key + "defendants_adjudicated", rs.getLong(2 + BREAKDOWNS.size()));
                counts.put(key + "acquittals", rs.getLong(3 + BREAKDOWNS.size()));
            }
        }
        return counts;
    }

    private static Map<String, Long> published(String metrics) throws Exception {
        String sql = """
                SELECT period_label || '|' || breakdown || '|' || breakdown_value || '|' || metric_id, numerator
                FROM read_parquet('%s', hive_partitioning = true, hive_types = {'period_label': VARCHAR})
                WHERE period_type = 'year' AND metric_id IN ('defendants_adjudicated', 'acquittals')
                """.formatted(metrics);
        Map<String, Long> counts = new TreeMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }
}
