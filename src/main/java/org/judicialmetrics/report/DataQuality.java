package org.judicialmetrics.report;

import org.judicialmetrics.validate.CheckResult;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What reading and validation did to the inputs, so readers can judge coverage before trusting the figures. */
public record DataQuality(List<DatasetQuality> datasets, List<CheckResult> checks) {

    public DataQuality {
        datasets = List.copyOf(datasets);
        checks = List.copyOf(checks);
    }

    /** One dataset's rows: read, accepted, and quarantined by reason code (sorted by code for stable output). */
    public record DatasetQuality(
            String dataset, long rowsRead, long rowsAccepted, Map<String, Long> quarantinedByReason) {
        public DatasetQuality {
            quarantinedByReason = new TreeMap<>(quarantinedByReason);
        }

        public long quarantined() {
            return quarantinedByReason.values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }
}
