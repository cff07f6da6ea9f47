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

    /** A metric's definition in an edition's words: its text, what it divides, and for a ratio that it is one. */
    static String definition(MetricDefinition d, Labels labels, Messages m) {
        String definition = labels.text(d.definition());
        if (d.kind().divides()) {
            definition += m.text("definitions.fraction", "numerator", labels.text(d.numeratorText()),
                    "denominator", labels.text(d.denominatorText()));
        }
        if (d.kind() == MetricKind.RATIO) {
            definition += m.text("definitions.ratio");
        }
        return definition;
    }

    private static MetricTerm term(MetricDefinition d) {
        String definition = definition(d, Labels.english(), Messages.english());
        return new MetricTerm(d.id(), d.label() != null ? d.label() : Labels.humanize(d.id()), definition,
                d.kind().divides() ? "%" : d.unit(), Kind.valueOf(d.kind().name()));
    }
}
