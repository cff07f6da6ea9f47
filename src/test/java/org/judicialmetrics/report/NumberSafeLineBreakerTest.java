package org.judicialmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PDF line breaks fall between words, never inside a number. */
class NumberSafeLineBreakerTest {

    @Test
    void breaksBetweenWordsOnly() {
        NumberSafeLineBreaker breaker = new NumberSafeLineBreaker();
        String text = "rose (+0.006740 pp, 95% CI [+0.002035, +0.01145] pp) of 1,638,000.";
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int at = breaker.next(); at >= 0; at = breaker.next()) {
            pieces.add(text.substring(from, at));
            from = at;
        }
        assertThat(pieces)
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
}
