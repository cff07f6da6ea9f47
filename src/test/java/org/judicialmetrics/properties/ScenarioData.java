package org.judicialmetrics.properties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.judicialmetrics.generate.SyntheticGenerator;
import org.judicialmetrics.ingest.DataRoot;
import org.judicialmetrics.ingest.DatasetSource;
import org.judicialmetrics.ingest.SourceReader;
import org.judicialmetrics.metrics.AcceptedData;
import org.judicialmetrics.metrics.MetricEngine;
import org.judicialmetrics.metrics.MetricTable;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.spec.JobSpec;
import org.judicialmetrics.spec.JobSpecLoader;
import org.judicialmetrics.validate.DatasetValidator;

/**
 * The product's own pipeline pieces on a {@link Scenario}, as a run does them without the publishing: generate the
 * CSV files, read and validate each dataset with the job's model, compute the metric table. Tables are kept per
 * scenario, so properties drawing the same scenarios (same arbitrary, same seed) share the Spark work.
 */
final class ScenarioData {

    private static final Map<Scenario, Path> FOLDERS = new HashMap<>();
    private static final Map<Scenario, MetricTable> TABLES = new HashMap<>();
    private static final Map<Scenario, JobSpec> SPECS = new HashMap<>();
    private static Path root;

    private ScenarioData() {
    }

    /**
     * The scenario's job: a spec file declaring its rate metrics, read by the product's loader (so the cn profile's
     * metrics and breakdowns come with it, and the declared metrics are checked as a user's would be).
     */
    static synchronized JobSpec spec(Scenario s) {
        return SPECS.computeIfAbsent(s, k -> {
            try {
                Path file = root().resolve("spec-" + SPECS.size() + ".json");
                Files.writeString(file, DeclaredRate.spec(k.granularity().label(), k.declared()));
                return JobSpecLoader.read(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The metric table of the scenario's job on its data (computed once per scenario). */
    static synchronized MetricTable table(SparkSession spark, Scenario s) {
        return TABLES.computeIfAbsent(s, k -> compute(spark, k, spec(k)));
    }

    /** The metric table of {@code spec} (its granularity decides the run period's type) on the scenario's data. */
    static MetricTable compute(SparkSession spark, Scenario s, JobSpec spec) {
        Map<Dataset, org.apache.spark.sql.Dataset<Row>> accepted = new EnumMap<>(Dataset.class);
        SourceReader reader = new SourceReader(spark, spec.model().profile().zone());
        DatasetValidator validator = new DatasetValidator(s.asOf(), spec.model().codes(), spec.model().jurisdiction(),
                spec.model().plausibility());
        for (DatasetSource source : new DataRoot(folder(s)).discover().values()) {
            DatasetSource typed = source.withSchema(spec.model().schema(source.dataset()));
            accepted.put(source.dataset(), validator.validate(typed.schema(), reader.read(typed)).accepted());
        }
        return MetricEngine.compute(new AcceptedData(accepted), spec, s.runPeriod(), "props-" + s.seed(), s.asOf());
    }

    /** The generated CSV files of the scenario (written once per scenario). */
    static synchronized Path folder(Scenario s) {
        return FOLDERS.computeIfAbsent(s, k -> {
            try {
                Path out = root().resolve("data-" + FOLDERS.size());
                new SyntheticGenerator(k.settings()).generate(out);
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Path root() throws IOException {
        if (root == null) {
            root = Files.createTempDirectory("jm-properties");
        }
        return root;
    }

    /** Deletes the generated files and forgets the tables. */
    static synchronized void clear() {
        TABLES.clear();
        SPECS.clear();
        FOLDERS.clear();
        if (root != null) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            root = null;
        }
    }
}
