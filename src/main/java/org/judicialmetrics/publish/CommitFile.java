package org.judicialmetrics.publish;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.judicialmetrics.storage.Location;
import org.judicialmetrics.storage.StorageException;
import org.judicialmetrics.util.Json;

/**
 * {@code <job>/_commit.json}: what is published on an object store, as paths relative to the job folder. Written
 * whole in one PUT, so a reader sees the previous commit or this one; the release folders it names are never
 * changed after they are written.
 *
 * @param format      the file's format version (1)
 * @param runId       the run that wrote this commit
 * @param committedAt when
 * @param periods     period label -> its report folder
 * @param partitions  {@code period_type=../period_label=..} -> its folder of the metric table
 * @param metricFiles every Parquet file of the published metric table (what a dashboard reads)
 * @param definitions the folder of the published metric dictionary; null before a run wrote one
 */
public record CommitFile(int format, String runId, Instant committedAt, SortedMap<String, String> periods,
                         SortedMap<String, String> partitions, List<String> metricFiles, String definitions) {

    static final String NAME = "_commit.json";

    public CommitFile {
        periods = new TreeMap<>(periods);
        partitions = new TreeMap<>(partitions);
        metricFiles = List.copyOf(metricFiles);
    }

    static CommitFile empty() {
        return new CommitFile(1, null, null, new TreeMap<>(), new TreeMap<>(), List.of(), null);
    }

    /** The job's commit, or an empty one when nothing was ever published there. */
    public static CommitFile read(Location jobDir) {
        Location file = jobDir.resolve(NAME);
        if (!file.isFile()) {
            return empty();
        }
        try {
            return Json.mapper().readValue(file.readBytes(), CommitFile.class);
        } catch (IOException e) {
            throw new StorageException(file + ": not a commit file of judicial-metrics: " + e.getMessage(), e);
        }
    }

    void write(Location jobDir) {
        try {
            jobDir.resolve(NAME).write(Json.mapper().writeValueAsBytes(this));
        } catch (IOException e) {
            throw new StorageException(jobDir.resolve(NAME) + ": cannot be written: " + e.getMessage(), e);
        }
    }
}
