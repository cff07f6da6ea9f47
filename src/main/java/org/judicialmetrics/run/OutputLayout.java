package org.judicialmetrics.run;

import java.nio.file.Path;
import org.judicialmetrics.period.Period;

/**
 * Where a job's outputs go under the output root (spec section 5): published folders, and the staging and failed-run
 * folders that keep a run from touching published outputs until it has succeeded.
 */
public record OutputLayout(Path root, String jobId) {

    /** The layout under {@code --out}, or under {@code reports/} of the project folder when none was given. */
    static OutputLayout of(Path out, Path projectDir, String jobId) {
        return new OutputLayout((out != null ? out : projectDir.resolve("reports")).toAbsolutePath().normalize(), jobId);
    }

    public Path jobDir() {
        return root.resolve(jobId);
    }

    /** The Parquet metric table, Hive-partitioned by period_type and period_label. */
    public Path metricsDir() {
        return jobDir().resolve("metrics");
    }

    /** The published folder of a period: report, tables, charts, manifest, quarantine. */
    public Path periodDir(Period period) {
        return jobDir().resolve(period.label());
    }

    /** A run's private work folder; renamed into place only when the run succeeds. */
    public Path stagingDir(String runId) {
        return jobDir().resolve(".staging").resolve(runId);
    }

    /** Where a run that did not publish keeps its manifest and quarantine, for inspection. */
    public Path failedDir(String runId) {
        return jobDir().resolve("_failed").resolve(runId);
    }
}
