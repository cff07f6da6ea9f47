package org.judicialmetrics.run;

import java.util.List;
import java.util.Optional;
import org.judicialmetrics.publish.JobArchive;
import org.judicialmetrics.report.ReportArchive;
import org.judicialmetrics.storage.Location;

/**
 * A run's private workspace: it holds the job's lock, has every output staged in both roots' archives, and either
 * publishes them (restricted first, then public, then the archive page) or keeps them aside as a failed run in the
 * restricted root. Published outputs are untouched until {@link #publish}.
 */
final class RunWorkspace implements AutoCloseable {

    /** How many failed runs' folders a job keeps. */
    static final int FAILED_RUNS_KEPT = 10;

    private final OutputLayout layout;
    private final String runId;
    private final JobLock lock;
    private final JobArchive published;
    private final JobArchive restricted;
    private final List<String> finished = new java.util.ArrayList<>();

    private RunWorkspace(OutputLayout layout, String runId, JobLock lock) {
        this.layout = layout;
        this.runId = runId;
        this.lock = lock;
        this.published = layout.published();
        this.restricted = layout.restrictedArchive();
    }

    /**
     * The workspace, or empty when another run of the job holds its lock. A publication that an earlier run began
     * and did not end (it was killed while publishing) is finished first, before this run reads what is published.
     */
    static Optional<RunWorkspace> open(OutputLayout layout, String runId, String title) {
        layout.restricted().mkdirsOwnerOnly();
        layout.restricted().resolve(layout.jobId()).mkdirsOwnerOnly();
        Optional<RunWorkspace> work = JobLock.tryAcquire(layout.jobDir(), runId)
                .map(lock -> new RunWorkspace(layout, runId, lock));
        work.ifPresent(w -> w.finishInterrupted(title));
        return work;
    }

    /** Rolls forward each publication a killed run began: its outputs were all staged before it began. */
    private void finishInterrupted(String title) {
        for (JobArchive archive : List.of(restricted, published)) {
            archive.unfinishedPublications().forEach((run, label) -> {
                archive.publish(run, label);
                if (archive == published) {
                    ReportArchive.write(published, title);
                }
                archive.endPublishing(run);
                finished.add("finished the publication of " + label + " that run " + run + " began in "
                        + archive.jobDir() + " (it was stopped while publishing)");
            });
        }
    }

    /** What opening the workspace finished of earlier runs' publications, one line each. */
    List<String> finishedPublications() {
        return List.copyOf(finished);
    }

    String runId() {
        return runId;
    }

    JobArchive published() {
        return published;
    }

    JobArchive restricted() {
        return restricted;
    }

    /** Where the period's report, tables, charts and manifest are staged. */
    Location period() {
        return published.stagedPeriod(runId);
    }

    /** Where the period's quarantine (row-level rejected records) is staged, in the restricted root. */
    Location quarantine() {
        return restricted.stagedPeriod(runId).resolve("quarantine");
    }

    /** Where the run's public (suppressed) metric-table partitions are staged. */
    Location metrics() {
        return published.stagedMetrics(runId);
    }

    /** Where the run's metric dictionary is staged (public: it holds no figures). */
    Location definitions() {
        return published.stagedDefinitions(runId);
    }

    /** Where the run's dashboard page is staged (public: the public metric rows only). */
    Location dashboard() {
        return published.stagedDashboard(runId);
    }

    /** Where the run's unsuppressed metric-table partitions are staged, in the restricted root. */
    Location restrictedMetrics() {
        return restricted.stagedMetrics(runId);
    }

    /**
     * Publishes the restricted outputs, then the public ones, then rewrites the archive page. Both roots are noted as
     * publishing before the first swap, so a run killed anywhere in here is finished by the next one.
     */
    List<String> publish(String label, String title) {
        restricted.beginPublishing(runId, label);
        published.beginPublishing(runId, label);
        restricted.publish(runId, label);
        restricted.endPublishing(runId);
        List<String> partitions = published.publish(runId, label);
        org.judicialmetrics.publish.KillPoint.reached("publish.page");
        ReportArchive.write(published, title);
        published.endPublishing(runId);
        return partitions;
    }

    /** Keeps the staged manifest and quarantine under the restricted root's failed runs; publishes nothing. */
    Location keepFailed() {
        Location failed = restricted.keepFailed(runId, FAILED_RUNS_KEPT);
        if (period().exists()) {
            period().copyTo(failed);
        }
        published.discard(runId);
        return failed;
    }

    /** Drops everything staged (a run that stops before publishing). */
    void discard() {
        published.discard(runId);
        restricted.discard(runId);
    }

    @Override
    public void close() {
        lock.close();
    }
}
