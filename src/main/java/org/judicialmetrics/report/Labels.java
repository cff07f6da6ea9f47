package org.judicialmetrics.report;

import java.util.Locale;
import java.util.regex.Pattern;

/** Readable names for codes from the data ({@code WITNESS_TESTIMONY} as "Witness testimony"); other text as is. */
public final class Labels {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

    private Labels() {
    }

    /** A breakdown's label: the configured one, else its column in words. */
    public static String of(org.judicialmetrics.metrics.Breakdown breakdown) {
        return breakdown.label() != null ? breakdown.label() : humanize(breakdown.id());
    }

    /**
     * A breakdown's values in the order its configuration lists them (values it does not list after them, as given);
     * as given when it lists none. Never by size, which could hint at withheld counts.
     */
    public static java.util.List<String> ordered(org.judicialmetrics.metrics.Breakdown breakdown,
            java.util.List<String> values) {
        java.util.List<String> order = breakdown.values();
        if (order.isEmpty()) {
            return values;
        }
        return values.stream().sorted(java.util.Comparator.comparingInt(
                (String v) -> order.contains(v) ? order.indexOf(v) : order.size())).toList();
    }

    /** A code or a snake-case identifier in sentence case; anything else (names, free text) unchanged. */
    public static String humanize(String value) {
        if (CODE.matcher(value).matches() || IDENTIFIER.matcher(value).matches()) {
            String words = value.replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        return value;
    }
}
