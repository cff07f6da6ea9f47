package org.judicialmetrics.ingest.mapping;

import java.util.List;
import java.util.Map;

/**
 * How one canonical column is filled from an external file. Exactly one of {@code from}, {@code constant} or
 * {@code flags} says where the value comes from; the others transform it.
 *
 * @param from              the source column to read
 * @param constant          a fixed value for every row (e.g. a jurisdiction or region)
 * @param flags             for a multi-valued code column: code -> source column; a non-empty column means the code
 *                          applies
 * @param codes             source value -> canonical code (many to one); compared after trimming, case-sensitively;
 *                          on a text column (such as a count table's {@code measure}) any value
 * @param unmapped          what a source value missing from {@code codes} becomes: {@code quarantine} (kept as it is,
 *                          so the row is quarantined as UNKNOWN_CODE naming it) or {@code OTHER}
 * @param dateFormat        a {@link java.time.format.DateTimeFormatter} pattern such as {@code M/d/yyyy}
 * @param thousandsSeparator a character grouping digits in numbers (e.g. {@code ,} in {@code 1,991})
 * @param split             separator of a multi-valued source column (e.g. {@code ;#}); parts are trimmed
 * @param path              for a count table's {@code period}: a regular expression on the file's path below the
 *                          source folder whose named groups {@code year}, {@code quarter} and {@code month} (a number
 *                          or an English month name, full or three letters) give the period, e.g.
 *                          {@code (?<year>\d{4})/.*_(?<month>[A-Za-z]+)(_\d{4})?\.csv}
 */
public record FieldRule(
        String from,
        String constant,
        Map<String, String> flags,
        Map<String, String> codes,
        String unmapped,
        String dateFormat,
        String thousandsSeparator,
        String split,
        String path) implements java.io.Serializable {

    public FieldRule {
        flags = flags == null ? null : Map.copyOf(flags);
        codes = codes == null ? null : Map.copyOf(codes);
    }

    /** The source columns this rule reads. */
    public List<String> sourceColumns() {
        if (path != null) {
            return List.of();
        }
        if (from != null) {
            return List.of(from);
        }
        return flags == null ? List.of() : flags.values().stream().sorted().toList();
    }
}
