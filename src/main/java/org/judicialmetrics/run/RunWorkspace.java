package org.judicialmetrics.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.publish.Publisher;
import org.judicialmetrics.report.ReportArchive;

/**
 * A run's private workspace: it holds the job's lock, stages every output in a folder of its own, and either publishes
 * them by renames (period folder, metric partitions, archive page) or keeps them aside as a failed run. Published
 * outputs are untouched until {@link #publish}.
 */
final class RunWorkspace implements AutoCloseable {

    private final OutputLayout layout;
    private final String runId;
    private final JobLock lock;

    private RunWorkspace(OutputLayout layout, String runId, JobLock lock) {
        this.layout = layout;
        this.runId = runId;
        this.lock = lock;
    }

    /** The workspace, or empty when another run of the job holds its lock. */
    static Optional<RunWorkspace> open(OutputLayout layout, String runId) {
        try {
            return JobLock.tryAcquire(layout.jobDir()).map(lock -> new RunWorkspace(layout, runId, lock));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the period's report, tables, charts, quarantine and manifest are staged. */
    Path period() {
        return layout.stagingDir(runId).resolve("period");
    }

    /** Where the run's metric-table partitions are staged. */
    Path metrics() {
        return layout.stagingDir(runId).resolve("metrics");
    }

    /** Renames the staged partitions and period folder into place and rewrites the archive page. */
    List<String> publish(Period period, String title) throws IOException {
        List<String> partitions = Publisher.replacePartitions(metrics(), layout.metricsDir());
        Publisher.replace(period(), layout.periodDir(period));
        Publisher.deleteTree(layout.stagingDir(runId).getParent());
        ReportArchive.write(layout.root(), layout.jobId(), title);
        return partitions;
    }

    /** Keeps the staged period folder (manifest, quarantine) under the job's failed runs; publishes nothing. */
    Path keepFailed() throws IOException {
        Path failed = layout.failedDir(runId);
        Publisher.replace(period(), failed);
        Publisher.deleteTree(layout.stagingDir(runId).getParent());
        return failed;
    }

    @Override
    public void close() throws IOException {
        lock.close();
    }
}
