package org.judicialmetrics.run;

import org.judicialmetrics.publish.JobArchive;
import org.judicialmetrics.storage.Location;

/**
 * Where a job's outputs go (spec sections 5 and 9): the public root holds only disclosure-controlled outputs (reports,
 * tables, charts, manifests, the suppressed metric table); the restricted root, outside it and readable by its owner
 * only, holds row-level and unsuppressed outputs (quarantine, failed runs, the unsuppressed metric table).
 *
 * @param root       the public output root ({@code --out}, default {@code reports})
 * @param restricted the restricted root ({@code --restricted}, default the public root's sibling {@code <name>-restricted})
 */
public record OutputLayout(Location root, Location restricted, String jobId) {

    /** The layout of the given roots (null: the defaults; a plain path means the caller's working directory). */
    static OutputLayout of(String out, String restricted, String jobId) {
        Location root = Location.of(out != null ? out : "reports");
        Location closed = restricted != null ? Location.of(restricted) : root.sibling(root.name() + "-restricted");
        if (closed.isWithin(root)) {
            throw new org.judicialmetrics.spec.SpecException("--restricted " + closed + " lies inside the public"
                    + " output root " + root + "; give a folder outside it");
        }
        return new OutputLayout(root, closed, jobId);
    }

    public Location jobDir() {
        return root.resolve(jobId);
    }

    /** The job's public archive: reports and the suppressed metric table. */
    public JobArchive published() {
        return JobArchive.of(jobDir());
    }

    /** The job's restricted archive: quarantine by period, failed runs and the unsuppressed metric table. */
    public JobArchive restrictedArchive() {
        return JobArchive.of(restricted.resolve(jobId));
    }

    /** Where a dashboard finds the public metric table. */
    public Location metricsDir() {
        return published().metricTable();
    }
}
