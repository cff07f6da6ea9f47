package org.judicialmetrics.report.published;

import org.judicialmetrics.report.Labels;
import org.judicialmetrics.report.Messages;
import org.judicialmetrics.spec.Profile;

/**
 * One edition's words for the published-figures report: the product's from the message bundle
 * ({@code published.*} keys), the jurisdiction's (measures, denominators, the profile's texts) from the profile's
 * translations, so every edition shows the same figures in its own language.
 */
record PublishedWords(Messages messages, Labels labels) {

    /** The words of the profile's edition in the bundle's language. */
    static PublishedWords of(Profile profile, Messages messages) {
        return new PublishedWords(messages, Labels.in(profile, messages.language()));
    }

    /** A product text of the bundle, placeholders filled from name-value pairs. */
    String text(String key, String... namesAndValues) {
        return messages.text(key, namesAndValues);
    }

    /** Configured English text of the profile in the edition's language (as is where it has no translation). */
    String profile(String english) {
        return labels.text(english);
    }

    /**
     * Whether the edition's own font shows Chinese characters (it names an extra font for its script), so notes
     * that quote the Chinese original are shown in full rather than as {@value SeriesTables#CHINESE_TEXT}.
     */
    boolean showsChinese() {
        return !messages.text("font.family").isEmpty();
    }
}
