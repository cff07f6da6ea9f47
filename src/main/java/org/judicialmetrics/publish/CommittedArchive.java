package org.judicialmetrics.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.judicialmetrics.metrics.MetricPartition;
import org.judicialmetrics.storage.Location;

/**
 * A job's outputs on an object store, where a folder rename is a copy and a delete that readers can see half done.
 * Each run writes a release folder of its own ({@code <job>/_releases/<run>/period/} and {@code .../metrics/}) that
 * is never changed afterwards; publishing rewrites {@code <job>/_commit.json} ({@link CommitFile}), one object put
 * in one request, naming the release of each period and partition. The archive page, the next run and the documented
 * query read the commit file, so they see the old commit or the new one. A release no commit names any more is
 * deleted by the commit after the one that superseded it, so a reader who started before a commit can finish.
 */
final class CommittedArchive implements JobArchive {

    private final Location jobDir;

    CommittedArchive(Location jobDir) {
        this.jobDir = jobDir;
    }

    @Override
    public Location jobDir() {
        return jobDir;
    }

    private Location release(String runId) {
        return jobDir.resolve("_releases").resolve(runId);
    }

    @Override
    public Location stagedPeriod(String runId) {
        return release(runId).resolve("period");
    }

    @Override
    public Location stagedMetrics(String runId) {
        return release(runId).resolve("metrics");
    }

    @Override
    public Location stagedDefinitions(String runId) {
        return release(runId).resolve("definitions");
    }

    @Override
    public Location stagedDashboard(String runId) {
        return release(runId).resolve(DASHBOARD);
    }

    @Override
    public Location definitions() {
        String path = CommitFile.read(jobDir).definitions();
        return path == null ? jobDir.resolve("_releases") : jobDir.resolve(path);
    }

    @Override
    public Location releasedPeriod(String runId, String label) {
        return stagedPeriod(runId);
    }

    @Override
    public Location releasedMetrics(String runId) {
        return stagedMetrics(runId);
    }

    @Override
    public Location metricTable() {
        return jobDir.resolve(CommitFile.NAME);
    }

    @Override
    public Location periodDir(String label) {
        String path = CommitFile.read(jobDir).periods().get(label);
        return path == null ? jobDir.resolve("_releases") : jobDir.resolve(path);
    }

    @Override
    public Map<MetricPartition, Location> partitions() {
        Map<MetricPartition, Location> found = new LinkedHashMap<>();
        CommitFile.read(jobDir).partitions().forEach((key, path) -> {
            String[] parts = key.split("/");
            found.put(new MetricPartition(parts[0].substring("period_type=".length()),
                    parts[1].substring("period_label=".length())), jobDir.resolve(path));
        });
        return found;
    }

    @Override
    public Map<String, Location> periods() {
        Map<String, Location> found = new LinkedHashMap<>();
        CommitFile.read(jobDir).periods().forEach((label, path) -> found.put(label, jobDir.resolve(path)));
        return found;
    }

    @Override
    public List<String> publish(String runId, String label) {
        CommitFile before = CommitFile.read(jobDir);
        TreeMap<String, String> periods = new TreeMap<>(before.periods());
        TreeMap<String, String> partitions = new TreeMap<>(before.partitions());
        List<String> replaced = new ArrayList<>();
        for (Map.Entry<MetricPartition, Location> p : FolderArchive.partitionsUnder(stagedMetrics(runId)).entrySet()) {
            partitions.put(p.getKey().path(), p.getValue().relativeTo(jobDir));
            replaced.add(p.getKey().path());
        }
        if (stagedPeriod(runId).exists()) {
            periods.put(label, stagedPeriod(runId).relativeTo(jobDir));
        }
        List<String> files = new ArrayList<>();
        for (String partition : partitions.values()) {
            for (Location f : jobDir.resolve(partition).files()) {
                if (f.name().endsWith(".parquet")) {
                    files.add(f.relativeTo(jobDir));
                }
            }
        }
        String definitions = stagedDefinitions(runId).exists() ? stagedDefinitions(runId).relativeTo(jobDir)
                : before.definitions();
        CommitFile after = new CommitFile(1, runId, Instant.now(), periods, partitions, files, definitions);
        KillPoint.reached("publish.commit");
        after.write(jobDir);
        if (stagedDashboard(runId).isFile()) {
            dashboard().write(stagedDashboard(runId).readBytes()); // one object put, as the archive page
        }
        pruneReleases(before, after, runId);
        return replaced;
    }

    /** Deletes the releases neither this commit nor the one before it names (nor the run's own). */
    private void pruneReleases(CommitFile before, CommitFile after, String runId) {
        Set<String> kept = new HashSet<>();
        kept.add(runId);
        for (CommitFile c : List.of(before, after)) {
            c.periods().values().forEach(p -> kept.add(releaseOf(p)));
            c.partitions().values().forEach(p -> kept.add(releaseOf(p)));
            if (c.definitions() != null) {
                kept.add(releaseOf(c.definitions()));
            }
        }
        for (Location r : jobDir.resolve("_releases").list()) {
            if (!kept.contains(r.name())) {
                r.delete();
            }
        }
    }

    private static String releaseOf(String path) {
        String[] parts = path.split("/");
        return parts.length > 1 ? parts[1] : path;
    }

    @Override
    public Location keepFailed(String runId, int keep) {
        Location failed = failedRuns().resolve(runId);
        if (stagedPeriod(runId).exists()) {
            stagedPeriod(runId).copyTo(failed);
        }
        discard(runId);
        pruneFailed(keep);
        return failed;
    }

    @Override
    public void discard(String runId) {
        release(runId).delete();
    }
}
