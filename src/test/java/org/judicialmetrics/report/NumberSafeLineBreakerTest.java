package org.judicialmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PDF line breaks fall between words, never inside a number. */
class NumberSafeLineBreakerTest {

    @Test
    void breaksBetweenWordsOnly() {
        assertThat(pieces("rose (+0.006740 pp, 95% CI [+0.002035, +0.01145] pp) of 1,638,000."))
                .containsExactly(
                        "rose ",
                        "(+0.006740 ",
                        "pp, ",
                        "95% ",
                        "CI ",
                        "[+0.002035, ",
                        "+0.01145] ",
                        "pp) ",
                        "of ",
                        "1,638,000.");
    }

    @Test
    void keepsASignedNumberAfterChineseAndJoinedCharactersTogether() {
        // the JDK breaks after a minus sign that follows a Chinese character, and after a word joiner
        assertThat(pieces("变化为-0.9488 pp")).containsExactly("变", "化", "为-0.9488 ", "pp");
        assertThat(pieces("等\u2060级 单位")).containsExactly("等\u2060级 ", "单", "位");
        // in English a hyphen between years still breaks as before
        assertThat(pieces("2013-2020")).containsExactly("2013-", "2020");
    }

    private static List<String> pieces(String text) {
        NumberSafeLineBreaker breaker = new NumberSafeLineBreaker();
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int at = breaker.next(); at >= 0; at = breaker.next()) {
            pieces.add(text.substring(from, at));
            from = at;
        }
        return pieces;
    }
}
