package org.judicialmetrics.report;

import java.util.List;
import java.util.Optional;

/**
 * What the report needs to know about each metric to label it and explain it; the metric registry implements it, so
 * definitions are written once and the methodology section is generated from them.
 */
public interface MetricGlossary {

    /** Every metric the registry defines, in the order the methodology section lists them. */
    List<MetricTerm> terms();

    default Optional<MetricTerm> term(String metricId) {
        return terms().stream().filter(t -> t.id().equals(metricId)).findFirst();
    }

    /** The metric's label, or its id when the glossary does not know it. */
    default String label(String metricId) {
        return term(metricId).map(MetricTerm::label).orElse(metricId);
    }

    /** How a metric's figure is read, which decides its format and its disclosure treatment. */
    enum Kind {
        RATE,
        /** A quotient that may exceed 1: shown as a percentage, with no interval and no test of its change. */
        RATIO,
        COUNT,
        SUM,
        MEDIAN
    }

    /**
     * One metric as readers see it.
     *
     * @param id         the metric id of spec section 4, e.g. {@code acquittal_rate}
     * @param label      short name for tables and charts, e.g. "Acquittal rate"
     * @param definition one sentence saying what is counted and divided by what
     * @param unit       e.g. "%", "defendants", "years", "local currency"
     */
    record MetricTerm(String id, String label, String definition, String unit, Kind kind) {
    }
}
