package org.judicialmetrics.properties;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rate metric a job spec declares over {@code defendant_outcomes}: numerator and denominator as outcome codes, the
 * numerator optionally narrowed to one prosecution type (AND across columns, which keeps it within the denominator).
 */
record DeclaredRate(String id, List<String> numerator, List<String> denominator, String prosecutionType) {

    /** The canonical outcome codes (spec section 2.1). */
    static final List<String> OUTCOMES = List.of("CONVICTED", "ACQUITTED", "EXEMPT_FROM_PUNISHMENT",
            "NOT_CRIMINALLY_LIABLE", "PROSECUTION_WITHDRAWN", "TERMINATED");

    /** Whether every numerator code is a denominator code: the rule a rate must follow. */
    boolean within() {
        return denominator.containsAll(numerator);
    }

    /** The metric's entry in a job spec's {@code metrics}. */
    String json() {
        String num = "\"outcome\": " + codes(numerator)
                + (prosecutionType == null ? "" : ", \"prosecution_type\": [\"" + prosecutionType + "\"]");
        return "{\"id\": \"" + id + "\", \"dataset\": \"defendant_outcomes\", \"kind\": \"rate\","
                + " \"numerator\": {" + num + "}, \"denominator\": {\"outcome\": " + codes(denominator) + "}}";
    }

    /** A job spec (year granularity unless given) declaring the metrics. */
    static String spec(String granularity, List<DeclaredRate> metrics) {
        return "{\"id\": \"declared-properties\", \"granularity\": \"" + granularity + "\", \"metrics\": ["
                + metrics.stream().map(DeclaredRate::json).collect(Collectors.joining(", ")) + "]}";
    }

    private static String codes(List<String> codes) {
        return codes.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", ", "[", "]"));
    }
}
