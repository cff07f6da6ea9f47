package org.judicialmetrics.metrics;

import java.util.Optional;
import org.judicialmetrics.period.Period;

/**
 * What the input gives of each measure in each calendar period, so that a figure the input cannot make is {@code x}
 * (not available), never zero, and a change in what a rate's denominator counts is {@code b} (break in series).
 * Case-level data gives every measure of every period it has rows for ({@link #COMPLETE}); a count table gives only
 * what it publishes.
 */
public interface Coverage {

    /** Case-level data: every measure is complete in every period, and its definition never changes. */
    Coverage COMPLETE = new Coverage() {
        @Override
        public boolean gives(Measure measure, Period period) {
            return true;
        }

        @Override
        public Optional<String> basis(Measure measure, Period period) {
            return Optional.empty();
        }

        @Override
        public boolean breaksDown(org.judicialmetrics.model.Dataset dataset, Breakdown breakdown) {
            return true;
        }
    };

    /** Whether the input gives the whole of the measure in a calendar period of the job's granularity. */
    boolean gives(Measure measure, Period period);

    /**
     * What the measure's figure in the period was published as (its definition or source), when the input says;
     * consecutive periods with different bases are a break in series.
     */
    Optional<String> basis(Measure measure, Period period);

    /** Whether the input gives the dataset's rows by the breakdown's column (a count table may give totals only). */
    boolean breaksDown(org.judicialmetrics.model.Dataset dataset, Breakdown breakdown);
}
