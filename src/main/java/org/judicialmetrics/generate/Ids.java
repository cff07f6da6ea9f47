package org.judicialmetrics.generate;

/** Builds the generator's identifiers (prefix + zero-padded number) without the cost of a format string per row. */
final class Ids {

    private Ids() {
    }

    /** {@code prefix} followed by {@code number} padded with zeros to {@code width} digits, e.g. {@code R00000042}. */
    static String of(String prefix, long number, int width) {
        String digits = Long.toString(number);
        StringBuilder id = new StringBuilder(prefix.length() + Math.max(width, digits.length())).append(prefix);
        for (int i = digits.length(); i < width; i++) {
            id.append('0');
        }
        return id.append(digits).toString();
    }
}
