package org.judicialmetrics.validate;

/** One rule a row breaks: the reason code and a message naming the field, the value and what was expected. */
public record Violation(Reason reason, String message) {
}
