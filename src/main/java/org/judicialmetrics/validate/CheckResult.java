package org.judicialmetrics.validate;

/** The result of one quality check, as listed in the manifest and the report's data-quality section. */
public record CheckResult(String name, boolean passed, String detail) {
}
