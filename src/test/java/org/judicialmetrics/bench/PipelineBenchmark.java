package org.judicialmetrics.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.judicialmetrics.generate.GeneratorSettings;
import org.judicialmetrics.generate.SyntheticGenerator;
import org.judicialmetrics.ingest.DataRoot;
import org.judicialmetrics.ingest.DatasetSource;
import org.judicialmetrics.ingest.SourceReader;
import org.judicialmetrics.metrics.AcceptedData;
import org.judicialmetrics.metrics.MetricEngine;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.spark.Sessions;
import org.judicialmetrics.spec.JobSpecLoader;
import org.judicialmetrics.validate.DatasetValidator;
import org.judicialmetrics.validate.ValidatedDataset;

/**
 * Prints how long the pipeline's passes take on generated data, beside DuckDB doing the plain per-year counts on the
 * same files in the same run, so machines of different speed compare by ratio. Run with {@code .ci/bench [N]}.
 */
public final class PipelineBenchmark {

    public static void main(String[] args) throws Exception {
        int defendants = args.length > 0 ? Integer.parseInt(args[0]) : 400_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path data = Files.createTempDirectory("jm-bench");
        new SyntheticGenerator(new GeneratorSettings(defendants, 2012, 2010, 2025, false)).generate(data);
        SparkSession spark = Sessions.forRun("judicial-metrics-bench", null);
        Map<Dataset, DatasetSource> sources = new DataRoot(data).discover();
        var spec = new JobSpecLoader(Path.of("jobs")).load("annual-report");
        System.out.printf(Locale.ROOT, "%,d defendants, %d rounds (the first includes JIT and Spark warm-up)%n",
                defendants, rounds);
        System.out.println("round  validate_s  metrics_s  duckdb_counts_s  pipeline/duckdb");
        for (int round = 1; round <= rounds; round++) {
            long t0 = System.nanoTime();
            Map<Dataset, org.apache.spark.sql.Dataset<Row>> accepted = new EnumMap<>(Dataset.class);
            for (DatasetSource s : sources.values()) {
                ValidatedDataset v = new DatasetValidator(LocalDate.of(2026, 1, 1))
                        .validate(s.schema(), new SourceReader(spark).read(s));
                accepted.put(s.dataset(), v.accepted());
            }
            long t1 = System.nanoTime();
            MetricEngine.compute(new AcceptedData(accepted), spec, Period.year(2025), "bench", LocalDate.of(2026, 1, 1));
            long t2 = System.nanoTime();
            duckdbCounts(data);
            long t3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "%5d  %10.2f  %9.2f  %15.2f  %15.1f%n", round, (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9, (t3 - t2) / 1e9, (double) (t2 - t0) / (t3 - t2));
            spark.catalog().clearCache();
        }
        spark.stop();
    }

    /** The plain baseline: acquittals and adjudications per year straight from the CSV. */
    private static void duckdbCounts(Path data) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT year(CAST(concluded_date AS DATE)), count(*) FILTER (WHERE outcome"
                     + " = 'ACQUITTED'), count(*) FROM read_csv('" + data.resolve("defendant_outcomes.csv")
                     + "', all_varchar = true) GROUP BY 1")) {
            while (rs.next()) {
                rs.getLong(2);
            }
        }
    }
}
