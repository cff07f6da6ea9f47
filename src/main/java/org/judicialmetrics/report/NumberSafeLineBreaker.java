package org.judicialmetrics.report;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Line breaking for the PDF that never splits a number such as {@code +0.002035} or {@code 1,638,000}: the JDK's line
 * rules, minus breaks between a decimal or thousands separator and the digit after it (both the JDK and
 * openhtmltopdf's URL-aware default break there), and minus breaks beside a word joiner (U+2060), which the JDK's rules
 * allow after it: a message joins Chinese characters with it that must not be split (a short table header); nor
 * between a sign and its digits right after a Chinese character ({@code 变化为-0.9488}), which the JDK reads as a
 * hyphenated word.
 */
final class NumberSafeLineBreaker implements FSTextBreaker {

    private final BreakIterator lines = BreakIterator.getLineInstance(Locale.ROOT);
    private static final char JOINER = '\u2060';
    private String text = "";

    @Override
    public int next() {
        int at = lines.next();
        while (at != BreakIterator.DONE && (insideNumber(at) || besideJoiner(at))) {
            at = lines.next();
        }
        return at;
    }

    @Override
    public void setText(String newText) {
        text = newText;
        lines.setText(newText);
    }

    private boolean besideJoiner(int at) {
        return at > 0 && at < text.length() && (text.charAt(at - 1) == JOINER || text.charAt(at) == JOINER);
    }

    private boolean insideNumber(int at) {
        return at > 0
                && at < text.length()
                && (text.charAt(at - 1) == '.' || text.charAt(at - 1) == ','
                        || (text.charAt(at - 1) == '-' || text.charAt(at - 1) == '+') && afterChinese(at - 1))
                && Character.isDigit(text.charAt(at));
    }

    /** Whether the character before {@code at} is an ideograph or CJK punctuation. */
    private boolean afterChinese(int at) {
        if (at == 0) {
            return false;
        }
        char c = text.charAt(at - 1);
        return Character.isIdeographic(c) || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
    }
}
