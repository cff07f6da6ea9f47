package org.judicialmetrics.util;

/** The one normalisation every input value gets: surrounding white space removed, and empty text read as missing. */
public final class Text {
    private Text() {
    }

    /** Trimmed text, or null when it is null or blank. */
    public static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String t = value.strip();
        return t.isEmpty() ? null : t;
    }
}
