package org.judicialmetrics.generate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a generator run wrote, saved as {@code GENERATED.json}: settings, the sample fraction of the national volume,
 * rows per dataset and, in dirty mode, faults per dataset and kind. No timestamps: same settings, same file.
 *
 * @param rows data rows per dataset id (header excluded, duplicates included)
 * @param faultRate share of rows given a fault; null when clean
 * @param faults faults per dataset id and {@link FaultKind}; null when clean
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GenerationReport(GeneratorSettings settings, double sampleFraction, Map<String, Long> rows,
                               Double faultRate, Map<String, Map<String, Integer>> faults) {

    /** Keeps maps sorted by key, so the file does not depend on the JSON mapper's settings. */
    public GenerationReport {
        rows = Collections.unmodifiableSortedMap(new TreeMap<>(rows));
        faults = faults == null ? null : Collections.unmodifiableSortedMap(new TreeMap<>(faults));
    }
}
