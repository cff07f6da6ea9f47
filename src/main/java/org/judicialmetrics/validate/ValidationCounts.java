package org.judicialmetrics.validate;

import java.util.Map;
import java.util.TreeMap;

/**
 * Rows read, accepted and quarantined (by reason) for one dataset, and rows read per source file: the manifest's and
 * the data-quality section's figures.
 *
 * @param latest the latest period date among the accepted rows (null when none): how far the data reach, so that a
 *               run for a period the data have not reached yet fails instead of publishing zeros
 */
public record ValidationCounts(long read, long accepted, Map<String, Long> quarantinedByReason,
                               Map<String, Long> readByFile, java.time.LocalDate latest) {

    public ValidationCounts {
        quarantinedByReason = Map.copyOf(new TreeMap<>(quarantinedByReason));
        readByFile = Map.copyOf(readByFile);
    }

    /** Counts without the reach of the data. */
    public ValidationCounts(long read, long accepted, Map<String, Long> quarantinedByReason,
                            Map<String, Long> readByFile) {
        this(read, accepted, quarantinedByReason, readByFile, null);
    }

    public long quarantined() {
        return quarantinedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Rows quarantined for a fault, as a share of rows read (0 when nothing was read); stated drops do not count. */
    public double quarantinedShare() {
        long faulty = quarantinedByReason.entrySet().stream()
                .filter(e -> Reason.valueOf(e.getKey()).countsAgainstGate()).mapToLong(Map.Entry::getValue).sum();
        return read == 0 ? 0 : (double) faulty / read;
    }

    /** The reasons sorted by code, for stable output. */
    public Map<String, Long> sortedReasons() {
        return new TreeMap<>(quarantinedByReason);
    }
}
