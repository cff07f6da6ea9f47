package org.judicialmetrics.metrics;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The spec's cell symbols (section 5) in their fixed order, so every row writes its flags the same way. */
enum Flag {
    /** Suppressed for confidentiality. */
    C,
    /** Low reliability: few events or a small denominator. */
    U,
    /** Not available: a dataset the metric needs is absent, or no value was recorded. */
    X,
    /** Not applicable: a rate with denominator 0, a median of nothing. */
    Z,
    /** Provisional: the as-of date is within {@code provisional_days} of the period's end (or before it). */
    P,
    /** Revised since first published. */
    R,
    /** Break in series. */
    B;

    /** The flags of a row as written, e.g. {@code "up"}; unknown letters are not flags and are ignored. */
    static Set<Flag> parse(String written) {
        Set<Flag> flags = java.util.EnumSet.noneOf(Flag.class);
        if (written != null) {
            for (Flag f : values()) {
                if (written.indexOf(Character.toLowerCase(f.name().charAt(0))) >= 0) {
                    flags.add(f);
                }
            }
        }
        return flags;
    }

    /** The flags as the metric table writes them, in the spec's order, e.g. {@code "uz"}; empty when none. */
    static String format(Set<Flag> flags) {
        StringBuilder s = new StringBuilder();
        new TreeSet<>(flags).forEach(f -> s.append(f.name().toLowerCase(Locale.ROOT)));
        return s.toString();
    }
}
