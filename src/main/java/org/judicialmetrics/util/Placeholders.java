package org.judicialmetrics.util;

import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the {@code {name}} placeholders of a configured or translated text with values the code computed, so wording
 * lives in configuration and message bundles while the numbers are never written into them.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+(?::[a-z0-9_]+)?)}");

    private Placeholders() {
    }

    /**
     * The text with each placeholder replaced; a placeholder without a value is an error made by {@code missing} from
     * the placeholder's name and the names known.
     */
    public static String fill(String text, Map<String, String> values,
                              Function<String, ? extends RuntimeException> missing) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw missing.apply("{" + m.group(1) + "} in '" + text + "' has no value; known here: "
                        + String.join(", ", new TreeSet<>(values.keySet())));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The placeholder names a text uses, for checking that translations of it use the same ones. */
    public static java.util.Set<String> names(String text) {
        java.util.Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
