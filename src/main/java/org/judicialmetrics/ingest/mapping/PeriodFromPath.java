package org.judicialmetrics.ingest.mapping;

import org.judicialmetrics.storage.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.judicialmetrics.spec.SpecException;
import org.judicialmetrics.spec.StrictJson;

/**
 * A count table's period read from where its file lies ({@code 2017/principal_offence_category_Aug.csv}): a pattern's
 * named groups {@code year}, {@code quarter} and {@code month} (a number or an English month name, full or three
 * letters, any case) make the period's label, so a folder of monthly exports needs no script to say their months.
 */
public final class PeriodFromPath {

    /** The source field holding the file's path below the source folder ({@code /} separated). */
    public static final String PATH_FIELD = "\u0000path";

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private PeriodFromPath() {
    }

    static void check(Location file, String field, String pattern) {
        Pattern p;
        try {
            p = Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new SpecException(file + ": field '" + field + "': not a regular expression: " + e.getDescription());
        }
        StrictJson.require(file, field, p.pattern().contains("(?<year>"),
                "a pattern with a named group year (and month or quarter for months and quarters), e.g."
                        + " (?<year>\\d{4})/.*_(?<month>[A-Za-z]+)\\.csv");
    }

    /** The period label the path gives ({@code 2017-08}), or the path itself when it does not match (then invalid). */
    static String label(String pattern, String path) {
        if (path == null) {
            return null;
        }
        Matcher m = Pattern.compile(pattern).matcher(path);
        if (!m.find()) {
            return path;
        }
        String year = m.group("year");
        String month = group(m, "month");
        String quarter = group(m, "quarter");
        if (month != null) {
            int number = month(month);
            return number < 1 ? path : String.format(Locale.ROOT, "%s-%02d", year, number);
        }
        return quarter != null ? year + "-Q" + quarter.replaceFirst("^[Qq]", "") : year;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A month as 1 to 12 from its number or English name (full or first three letters); -1 otherwise. */
    static int month(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("\\d{1,2}")) {
            int n = Integer.parseInt(t);
            return n >= 1 && n <= 12 ? n : -1;
        }
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).equals(t) || t.length() == 3 && MONTHS.get(i).startsWith(t)) {
                return i + 1;
            }
        }
        return -1;
    }
}
