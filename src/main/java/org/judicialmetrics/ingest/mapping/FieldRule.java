package org.judicialmetrics.ingest.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one canonical column is filled from an external file. Exactly one of {@code from}, {@code constant},
 * {@code flags}, {@code synthesize}, {@code template} or {@code hash} says where the value comes from; the others
 * transform it.
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
 * @param synthesize        {@code row_number}: a text column (an id) made of the file's name and the record's line
 *                          (CSV, JSON Lines) or row (Parquet), {@code cases.csv:17}
 * @param template          a text column made of source columns, each written {@code {Column}}
 *                          ({@code "{Last Name}|{First Name}"})
 * @param hash              a text column (an id) made of the listed source columns: the first 16 hex digits of the
 *                          SHA-256 of their values joined by U+001F
 * @param dateFormats       date patterns tried in order (instead of one {@code date_format})
 * @param match             how {@code codes} keys are compared: {@code exact} (the default, after trimming) or
 *                          {@code ignore_case} (also ignoring case and runs of spaces)
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
        String path,
        String synthesize,
        String template,
        List<String> hash,
        List<String> dateFormats,
        String match) implements java.io.Serializable {

    /** The value of {@code synthesize} that numbers records by file and line. */
    public static final String ROW_NUMBER = "row_number";
    /** The value of {@code match} that ignores case and spaces. */
    public static final String IGNORE_CASE = "ignore_case";
    /** A column of a template: {@code {Column}}. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    public FieldRule {
        flags = flags == null ? null : Map.copyOf(flags);
        codes = codes == null ? null : Map.copyOf(codes);
        hash = hash == null ? null : List.copyOf(hash);
        dateFormats = dateFormats == null ? null : List.copyOf(dateFormats);
    }

    /** The source columns this rule reads. */
    public List<String> sourceColumns() {
        if (path != null) {
            return List.of();
        }
        if (from != null) {
            return List.of(from);
        }
        if (hash != null) {
            return hash;
        }
        if (template != null) {
            return templateColumns();
        }
        return flags == null ? List.of() : flags.values().stream().sorted().toList();
    }

    /** True when the rule makes its value from where a record is or from several columns, rather than reading one. */
    public boolean synthesized() {
        return synthesize != null || template != null || hash != null;
    }

    /** The date patterns to try, in order; empty when the rule reads no formatted dates. */
    public List<String> datePatterns() {
        if (dateFormat != null) {
            return List.of(dateFormat);
        }
        return dateFormats == null ? List.of() : dateFormats;
    }

    /** The columns a template names, in order of first appearance. */
    List<String> templateColumns() {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
