package org.judicialmetrics.run;

import java.util.List;
import java.util.Locale;

/**
 * What {@code --verify} found for one published period: how many inputs and outputs matched its manifest, which
 * files did not, and the partitions a later run has replaced since (not this run's outputs any more, so not checked).
 *
 * @param problems   one message per file that differs, is missing or was added, naming it; empty when all matched
 * @param replaced   the partitions ({@code period_type=../period_label=..}) a later run rewrote, left unchecked
 * @param unreadable why the manifest could not be read (naming it), or null; nothing else was checked then
 * @param recorded   false when the manifest predates the record of its outputs: only the inputs were checked
 */
record PeriodVerification(String label, int inputs, int outputs, List<String> problems, List<String> replaced,
                          String unreadable, boolean recorded) {

    /** How many replaced partitions the line names. */
    private static final int SHOWN = 3;

    PeriodVerification {
        problems = List.copyOf(problems);
        replaced = List.copyOf(replaced);
    }

    /** A period whose manifest cannot be read or understood. */
    static PeriodVerification unreadable(String label, String why) {
        return new PeriodVerification(label, 0, 0, List.of(), List.of(), why, false);
    }

    /** Whether an input or output differs from the manifest, is missing or was added: a person should look. */
    boolean failed() {
        return !problems.isEmpty();
    }

    /** The line {@code --verify} prints for the period. */
    String line() {
        if (unreadable != null) {
            return label + "  UNREADABLE: " + unreadable;
        }
        if (failed()) {
            return label + "  " + String.join("; ", problems);
        }
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s  verified: %d input%s, %d output%s",
                label, inputs, inputs == 1 ? "" : "s", outputs, outputs == 1 ? "" : "s"));
        if (!recorded) {
            line.append(" (outputs not checked: the manifest predates the record of their checksums)");
        } else if (!replaced.isEmpty()) {
            line.append(String.format(Locale.ROOT, " (%d partition%s since replaced by a later run, not checked: %s)",
                    replaced.size(), replaced.size() == 1 ? "" : "s", String.join(", ", replaced.subList(0,
                            Math.min(SHOWN, replaced.size()))) + (replaced.size() > SHOWN ? ", ..." : "")));
        }
        return line.toString();
    }
}
