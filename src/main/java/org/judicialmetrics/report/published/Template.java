package org.judicialmetrics.report.published;

import java.util.Map;
import org.judicialmetrics.util.Placeholders;
import org.judicialmetrics.spec.SpecException;

/**
 * Fills the {@code {name}} placeholders of a text from the profile with figures computed by the report, so the
 * jurisdiction's wording is configuration and the numbers are never hard-coded.
 */
final class Template {

    private Template() {
    }

    /** The text with each placeholder replaced; a placeholder without a value is a configuration error. */
    static String fill(String text, Map<String, String> values) {
        return Placeholders.fill(text, values, problem -> new SpecException("profile field 'published.report': "
                + problem));
    }
}
