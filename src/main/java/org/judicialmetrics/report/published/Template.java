package org.judicialmetrics.report.published;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.judicialmetrics.spec.SpecException;

/**
 * Fills the {@code {name}} placeholders of a text from the profile with figures computed by the report, so the
 * jurisdiction's wording is configuration and the numbers are never hard-coded.
 */
final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+(?::[a-z0-9_]+)?)}");

    private Template() {
    }

    /** The text with each placeholder replaced; a placeholder without a value is a configuration error. */
    static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new SpecException("profile field 'published.report': {" + m.group(1) + "} in '" + text
                        + "' has no value; known here: " + String.join(", ", new java.util.TreeSet<>(values.keySet())));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
