package org.judicialmetrics.publish;

import java.util.List;
import java.util.Map;
import org.judicialmetrics.metrics.MetricPartition;
import org.judicialmetrics.storage.Location;
import org.judicialmetrics.storage.Storage;

/**
 * The published outputs of one job under one root, and how a run's staged outputs join them so that readers see a
 * complete old period or a complete new one. A store that renames folders atomically (local disks, HDFS) swaps
 * folders in place ({@link FolderArchive}); an object store (S3) keeps each run in a release folder of its own and
 * publishes by rewriting one small commit file ({@link CommittedArchive}).
 */
public interface JobArchive {

    /** The archive of the job folder {@code <root>/<job>}, by what its store's renames guarantee. */
    static JobArchive of(Location jobDir) {
        return Storage.renamesAtomically(jobDir) ? new FolderArchive(jobDir) : new CommittedArchive(jobDir);
    }

    Location jobDir();

    /** Where a run writes its period folder before it is published. */
    Location stagedPeriod(String runId);

    /** Where a run writes its metric-table partitions before they are published. */
    Location stagedMetrics(String runId);

    /** Where a run writes the metric dictionary ({@code definitions/}, Parquet) before it is published. */
    Location stagedDefinitions(String runId);

    /** Where a run writes the dashboard page before it is published. */
    Location stagedDashboard(String runId);

    /** Where a reader finds the published metric dictionary: its folder (on an object store, in the run's release). */
    Location definitions();

    /** The published dashboard page, {@code <job>/dashboard.html}. */
    default Location dashboard() {
        return jobDir().resolve(DASHBOARD);
    }

    /** The dashboard page's file name. */
    String DASHBOARD = "dashboard.html";

    /** Where a run's staged period folder is once published: a period folder, or the run's release. */
    Location releasedPeriod(String runId, String label);

    /** Where a run's staged partitions are once published: the metric table, or the run's release. */
    Location releasedMetrics(String runId);

    /** The published partitions of the metric table, each with its folder. */
    Map<MetricPartition, Location> partitions();

    /** The published period folders (each with its {@code index.html}), by period label. */
    Map<String, Location> periods();

    /**
     * Makes the run's staged period folder (as {@code label}), partitions, metric dictionary and dashboard page the
     * published ones, replacing exactly those; the step readers never see half done.
     *
     * @return the partitions replaced, as {@code period_type=../period_label=..} paths
     */
    List<String> publish(String runId, String label);

    /**
     * The folder of notes a run leaves while it publishes, one file a run (named by its run id, holding the period
     * label), outside the staging that each publication clears.
     */
    default Location publishingNotes() {
        return jobDir().resolve(".publishing");
    }

    /**
     * Notes, before the first of its outputs is swapped in, that the run publishes its staged outputs as
     * {@code label}: a run killed while publishing leaves the note, and the next run finishes the publication.
     */
    default void beginPublishing(String runId, String label) {
        publishingNotes().resolve(runId).writeString(label);
    }

    /** Removes the note once the publication is complete. */
    default void endPublishing(String runId) {
        publishingNotes().resolve(runId).delete();
        if (publishingNotes().list().isEmpty()) {
            publishingNotes().delete();
        }
    }

    /** The runs whose publication began and never ended (killed while publishing): run id to period label. */
    default Map<String, String> unfinishedPublications() {
        Map<String, String> found = new java.util.TreeMap<>();
        for (Location note : publishingNotes().list()) {
            if (note.isFile()) {
                found.put(note.name(), note.readString().strip());
            }
        }
        return found;
    }

    /** Keeps the run's staged period folder as a failed run's, for inspection, and drops its partitions. */
    Location keepFailed(String runId, int keep);

    /** Drops everything the run staged. */
    void discard(String runId);

    /** Where a reader finds the metric table: the table's folder, or the commit file that lists its files. */
    Location metricTable();

    /** The published folder of a period, once published. */
    Location periodDir(String label);

    /** The folder of failed runs. */
    default Location failedRuns() {
        return jobDir().resolve("_failed");
    }

    /** Deletes all but the newest {@code keep} failed runs (run ids sort by time). */
    default void pruneFailed(int keep) {
        List<Location> runs = failedRuns().list();
        for (int i = 0; i < runs.size() - keep; i++) {
            runs.get(i).delete();
        }
    }
}
