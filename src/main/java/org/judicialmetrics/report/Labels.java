package org.judicialmetrics.report;

import java.util.Locale;
import java.util.regex.Pattern;

/** Readable names for codes from the data ({@code WITNESS_TESTIMONY} as "Witness testimony"); other text as is. */
public final class Labels {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

    private Labels() {
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
