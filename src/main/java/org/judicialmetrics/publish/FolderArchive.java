package org.judicialmetrics.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.judicialmetrics.metrics.MetricPartition;
import org.judicialmetrics.storage.Location;

/**
 * A job's outputs on a store whose folder renames are atomic (spec section 5): {@code <job>/<period>/},
 * {@code <job>/metrics/period_type=../period_label=../}, {@code <job>/definitions/}, {@code <job>/dashboard.html};
 * a run stages under {@code <job>/.staging/<run>/} and each
 * published folder is swapped by two renames (old aside, new in), so a reader sees the old folder or the new one.
 */
final class FolderArchive implements JobArchive {

    private final Location jobDir;

    FolderArchive(Location jobDir) {
        this.jobDir = jobDir;
    }

    @Override
    public Location jobDir() {
        return jobDir;
    }

    private Location staging(String runId) {
        return jobDir.resolve(".staging").resolve(runId);
    }

    @Override
    public Location stagedPeriod(String runId) {
        return staging(runId).resolve("period");
    }

    @Override
    public Location stagedMetrics(String runId) {
        return staging(runId).resolve("metrics");
    }

    @Override
    public Location stagedDefinitions(String runId) {
        return staging(runId).resolve("definitions");
    }

    @Override
    public Location stagedDashboard(String runId) {
        return staging(runId).resolve(DASHBOARD);
    }

    @Override
    public Location definitions() {
        return jobDir.resolve("definitions");
    }

    @Override
    public Location releasedPeriod(String runId, String label) {
        return periodDir(label);
    }

    @Override
    public Location releasedMetrics(String runId) {
        return metricTable();
    }

    @Override
    public Location metricTable() {
        return jobDir.resolve("metrics");
    }

    @Override
    public Location periodDir(String label) {
        return jobDir.resolve(label);
    }

    @Override
    public Map<MetricPartition, Location> partitions() {
        return partitionsUnder(metricTable());
    }

    /** The {@code period_type=../period_label=..} folders of a table, in path order. */
    static Map<MetricPartition, Location> partitionsUnder(Location table) {
        Map<MetricPartition, Location> found = new LinkedHashMap<>();
        for (Location type : table.list()) {
            if (!type.name().startsWith("period_type=") || !type.isDirectory()) {
                continue;
            }
            for (Location label : type.list()) {
                if (label.name().startsWith("period_label=") && label.isDirectory()) {
                    found.put(new MetricPartition(type.name().substring("period_type=".length()),
                            label.name().substring("period_label=".length())), label);
                }
            }
        }
        return found;
    }

    @Override
    public Map<String, Location> periods() {
        Map<String, Location> found = new LinkedHashMap<>();
        for (Location dir : jobDir.list()) {
            if (!dir.name().startsWith(".") && !dir.name().startsWith("_") && dir.resolve("index.html").isFile()) {
                found.put(dir.name(), dir);
            }
        }
        return found;
    }

    /**
     * {@inheritDoc} Each folder is swapped by itself; a publication killed half way is finished by running this
     * again (a folder already swapped is no longer staged, so it is left as it is).
     */
    @Override
    public List<String> publish(String runId, String label) {
        List<String> replaced = new ArrayList<>();
        Location staged = stagedMetrics(runId);
        for (Map.Entry<MetricPartition, Location> p : partitionsUnder(staged).entrySet()) {
            replace(p.getValue(), metricTable().resolve(p.getKey().path()));
            replaced.add(p.getKey().path());
        }
        if (stagedDefinitions(runId).exists()) {
            replace(stagedDefinitions(runId), definitions());
        }
        if (stagedPeriod(runId).exists()) {
            replace(stagedPeriod(runId), periodDir(label));
        }
        if (stagedDashboard(runId).isFile()) {
            replace(stagedDashboard(runId), dashboard());
        }
        discard(runId);
        return replaced;
    }

    @Override
    public Location keepFailed(String runId, int keep) {
        Location failed = failedRuns().resolve(runId);
        if (stagedPeriod(runId).exists()) {
            replace(stagedPeriod(runId), failed);
        }
        discard(runId);
        pruneFailed(keep);
        return failed;
    }

    @Override
    public void discard(String runId) {
        // under the job's lock no other run stages here, so a killed run's leftovers go too
        jobDir.resolve(".staging").delete();
    }

    /** Replaces {@code target} by {@code staged}: the old folder is renamed aside, the new one renamed in, the old deleted. */
    static void replace(Location staged, Location target) {
        Location previous = target.sibling("." + target.name() + ".previous");
        previous.delete();
        if (target.exists()) {
            target.renameTo(previous);
        }
        KillPoint.reached("publish.swap." + target.name());
        staged.renameTo(target);
        previous.delete();
    }
}
