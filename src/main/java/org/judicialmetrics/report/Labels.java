package org.judicialmetrics.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.judicialmetrics.metrics.Breakdown;

/**
 * Readable names, in one edition's language, for codes from the data ({@code WITNESS_TESTIMONY} as "Witness
 * testimony"), column names and configured text: the profile's {@code translations} for that language where it has
 * them, else the English words.
 */
public final class Labels {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern LOWER = Pattern.compile("[a-z][a-z0-9_ ]*");
    private static final Labels ENGLISH = new Labels(Map.of());

    private final Map<String, String> translations;

    private Labels(Map<String, String> translations) {
        this.translations = translations;
    }

    /** The English words: codes and identifiers in sentence case, other text as configured. */
    public static Labels english() {
        return ENGLISH;
    }

    /** The words of a profile's edition in a language: its translations (English: none). */
    public static Labels in(org.judicialmetrics.spec.Profile profile, String language) {
        Map<String, String> translations = "en".equals(language) ? Map.of() : profile.translations(language);
        return translations.isEmpty() ? ENGLISH : new Labels(Map.copyOf(translations));
    }

    /** A code or identifier from the data or configuration ({@code BASIC}, {@code court_level}) in words. */
    public String code(String value) {
        String translated = translations.get(value);
        return translated != null ? translated : text(humanize(value));
    }

    /** Configured English text (a title, an era's label) in the edition's language, as is where not translated. */
    public String text(String english) {
        return english == null ? null : translations.getOrDefault(english, english);
    }

    /** A breakdown's label: the configured one, else its column in words. */
    public String of(Breakdown breakdown) {
        return breakdown.label() != null ? text(breakdown.label()) : code(breakdown.id());
    }

    /**
     * A breakdown's values in the order its configuration lists them (values it does not list after them, as given);
     * as given when it lists none. Never by size, which could hint at withheld counts.
     */
    public static List<String> ordered(Breakdown breakdown, List<String> values) {
        List<String> order = breakdown.values();
        if (order.isEmpty()) {
            return values;
        }
        return values.stream().sorted(Comparator.comparingInt(
                (String v) -> order.contains(v) ? order.indexOf(v) : order.size())).toList();
    }

    /**
     * A code, a snake-case identifier or lower-case words in sentence case ({@code drug offences} as "Drug
     * offences"); anything else (names, free text) unchanged.
     */
    public static String humanize(String value) {
        if (CODE.matcher(value).matches() || LOWER.matcher(value).matches()) {
            String words = value.replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        return value;
    }
}
