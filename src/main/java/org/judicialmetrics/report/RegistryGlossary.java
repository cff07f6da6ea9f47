package org.judicialmetrics.report;

import java.util.List;
import org.judicialmetrics.metrics.MetricDefinition;
import org.judicialmetrics.metrics.MetricKind;
import org.judicialmetrics.metrics.MetricRegistry;

/** The metric registry as the report's glossary: labels and definitions are written once, in the registry. */
public final class RegistryGlossary implements MetricGlossary {

    private final List<MetricTerm> terms;

    public RegistryGlossary(MetricRegistry registry) {
        this.terms = registry.all().stream().map(RegistryGlossary::term).toList();
    }

    @Override
    public List<MetricTerm> terms() {
        return terms;
    }

    private static MetricTerm term(MetricDefinition d) {
        String definition = d.definition();
        if (d.kind().divides()) {
            definition += " Numerator: " + d.numeratorText() + "; denominator: " + d.denominatorText() + ".";
        }
        if (d.kind() == MetricKind.RATIO) {
            definition += " A ratio, not a share: it may exceed 100%, and it has no confidence interval.";
        }
        return new MetricTerm(d.id(), d.label() != null ? d.label() : Labels.humanize(d.id()), definition,
                d.kind().divides() ? "%" : d.unit(), Kind.valueOf(d.kind().name()));
    }
}
