package org.judicialmetrics.report.table;

import java.util.Optional;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.report.MetricGlossary.Kind;
import org.judicialmetrics.report.disclosure.DisclosureRules;
import org.judicialmetrics.report.disclosure.TableDisclosure;

/**
 * Turns metric rows into published cells: formatted per kind, {@code [c]} when withheld, {@code [x]} when missing,
 * {@code [z]} when not applicable, and with the row's symbols plus {@code u} for unreliable rates.
 */
public final class FigureCells {

    private final DisclosureRules rules;
    private final TableDisclosure disclosure;

    /** @param disclosure the table's decision: a row it withholds is {@code [c]} wherever it is shown */
    public FigureCells(DisclosureRules rules, TableDisclosure disclosure) {
        this.rules = rules;
        this.disclosure = disclosure;
    }

    /** The unit a metric of the kind is shown in: counts as counts, rates and ratios in %, sums and medians bare. */
    public static Unit unit(Kind kind) {
        return switch (kind) {
            case COUNT -> Unit.COUNT;
            case RATE, RATIO -> Unit.PERCENT;
            case SUM, MEDIAN -> Unit.NUMBER;
        };
    }

    /** A figure with primary suppression only: for cells that have no published siblings. */
    public Cell figure(Optional<MetricRow> row, Kind kind) {
        boolean withheld = row.isPresent()
                && switch (kind) {
                    case COUNT -> rules.withheld(count(row.get()));
                    case RATE, RATIO -> rules.withheldQuotient(kind == Kind.RATIO, row.get().numerator(),
                            row.get().denominator());
                    case SUM, MEDIAN -> false;
                };
        return kind == Kind.RATE || kind == Kind.RATIO ? rate(row, withheld) : count(row, withheld, kind);
    }

    public Cell count(Optional<MetricRow> row, boolean withheld) {
        return count(row, withheld, Kind.COUNT);
    }

    public Cell rate(Optional<MetricRow> row, boolean withheld) {
        Optional<Cell> missing = missing(row, withheld);
        if (missing.isPresent()) {
            return missing.get();
        }
        MetricRow r = row.get();
        return Cell.percent(r.value(), flags(r, true));
    }

    /** The 95% interval of a rate, withheld and missing exactly when the rate is. */
    public Cell interval(Optional<MetricRow> row, boolean withheld) {
        Optional<Cell> missing = missing(row, withheld);
        if (missing.isPresent()) {
            return Cell.symbol(missing.get().symbol()); // qualifiers such as u go with the rate, as when shown
        }
        MetricRow r = row.get();
        if (r.ciLow() == null || r.ciHigh() == null) {
            return Cell.symbol('x');
        }
        return Cell.interval(r.ciLow(), r.ciHigh(), Unit.PERCENT);
    }

    /** A bare count: {@code [x]} when missing, {@code [c]} when withheld. */
    public static Cell count(Long n, boolean withheld) {
        if (n == null) {
            return Cell.symbol('x');
        }
        return withheld ? Cell.symbol('c') : Cell.count(n, "");
    }

    /** The count behind a row: its numerator, or its value for rows that carry the count only there. */
    public static Long count(MetricRow r) {
        if (r.numerator() != null) {
            return r.numerator();
        }
        return r.value() == null ? null : Math.round(r.value());
    }

    private Cell count(Optional<MetricRow> row, boolean withheld, Kind kind) {
        Optional<Cell> missing = missing(row, withheld);
        if (missing.isPresent()) {
            return missing.get();
        }
        MetricRow r = row.get();
        if (kind == Kind.COUNT) {
            long n = count(r);
            return Cell.count(n, flags(r, false));
        }
        return Cell.number(r.value(), flags(r, false));
    }

    /**
     * The symbol cell of a figure not shown, keeping the row's own qualifying symbols (as the public metric table has
     * them, e.g. {@code u} beside {@code c}); none is worked out here, so a withheld cell tells nothing new.
     */
    private Optional<Cell> missing(Optional<MetricRow> row, boolean withheld) {
        String own = row.map(r -> qualifiers(r.flags() == null ? "" : r.flags(), false)).orElse("");
        if (withheld || row.isPresent() && disclosure.withheld(row.get())) {
            return Optional.of(Cell.symbol('c', own));
        }
        if (row.isEmpty()) {
            return Optional.of(Cell.symbol('x'));
        }
        MetricRow r = row.get();
        if (r.value() == null) {
            return Optional.of(Cell.symbol(
                    r.flags() != null && r.flags().contains("z")
                            ? 'z'
                            : r.flags() != null && r.flags().contains("c") ? 'c' : 'x', own));
        }
        return Optional.empty();
    }

    /** The row's qualifying symbols in the fixed order, adding {@code u} for rates on few events. */
    private String flags(MetricRow r, boolean rate) {
        String own = r.flags() == null ? "" : r.flags();
        return qualifiers(own, own.contains("u") || rate && rules.lowReliability(r.numerator(), r.denominator()));
    }

    /** The qualifying symbols among {@code own} (not c, x, z, which replace a value), in the fixed order. */
    private static String qualifiers(String own, boolean unreliable) {
        StringBuilder sb = new StringBuilder();
        for (char s : Cell.SYMBOLS.toCharArray()) {
            if (s == 'u' ? unreliable || own.indexOf('u') >= 0
                    : s != 'c' && s != 'x' && s != 'z' && own.indexOf(s) >= 0) {
                sb.append(s);
            }
        }
        return sb.toString();
    }
}
