package org.judicialmetrics.report;

import java.util.List;
import org.judicialmetrics.metrics.MetricDefinition;
import org.judicialmetrics.metrics.MetricKind;
import org.judicialmetrics.metrics.MetricRegistry;

/** The metric registry as the report's glossary: labels and definitions are written once, in the registry. */
public final class RegistryGlossary implements MetricGlossary {

    private static final List<MetricTerm> TERMS = MetricRegistry.all().stream().map(RegistryGlossary::term).toList();

    @Override
    public List<MetricTerm> terms() {
        return TERMS;
    }

    private static MetricTerm term(MetricDefinition d) {
        String definition = d.definition();
        if (d.kind() == MetricKind.RATE) {
            definition += " Numerator: " + d.numeratorText() + "; denominator: " + d.denominatorText() + ".";
        }
        return new MetricTerm(d.id(), Labels.humanize(d.id()), definition,
                d.kind() == MetricKind.RATE ? "%" : d.unit(), Kind.valueOf(d.kind().name()));
    }
}
