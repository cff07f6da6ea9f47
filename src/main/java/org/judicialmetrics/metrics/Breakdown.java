package org.judicialmetrics.metrics;

import static org.judicialmetrics.model.Dataset.CONVICTION_REVIEWS;
import static org.judicialmetrics.model.Dataset.DEFENDANT_OUTCOMES;
import static org.judicialmetrics.model.Dataset.EXCLUSION_MOTIONS;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.judicialmetrics.model.Dataset;

/**
 * The dimensions metric rows are broken down by (spec section 4), declared once: a metric gets every breakdown that
 * applies to the dataset it counts. The breakdown's name is also the column it reads; a null or empty value counts
 * as {@value #UNKNOWN}. Adding a breakdown is one constant here.
 */
public enum Breakdown {
    ALL(false, DEFENDANT_OUTCOMES, EXCLUSION_MOTIONS, CONVICTION_REVIEWS),
    REGION(false, DEFENDANT_OUTCOMES, EXCLUSION_MOTIONS, CONVICTION_REVIEWS),
    COURT_LEVEL(false, DEFENDANT_OUTCOMES, EXCLUSION_MOTIONS, CONVICTION_REVIEWS),
    PROCEEDING(false, DEFENDANT_OUTCOMES),
    PROSECUTION_TYPE(false, DEFENDANT_OUTCOMES),
    OFFENSE_CATEGORY(false, DEFENDANT_OUTCOMES),
    STAGE(false, EXCLUSION_MOTIONS),
    APPLICANT(false, EXCLUSION_MOTIONS),
    EVIDENCE_TYPE(false, EXCLUSION_MOTIONS),
    ALLEGED_METHOD(false, EXCLUSION_MOTIONS),
    REVIEW_TYPE(false, CONVICTION_REVIEWS),
    /** Multi-valued: a review counts under each of its grounds, so shares need not sum to 100%. */
    GROUNDS(true, CONVICTION_REVIEWS);

    /** Breakdown value of the total row, and of {@link #ALL}'s only value. */
    public static final String TOTAL = "all";
    /** Breakdown value of rows whose breakdown column is null or empty. */
    public static final String UNKNOWN = "unknown";
    /** The breakdown of era-comparison rows (not a column): value {@code "<later era> vs <earlier era>"}. */
    public static final String ERA_CHANGE = "era_change";

    private final boolean multiValued;
    private final Set<Dataset> datasets;

    Breakdown(boolean multiValued, Dataset first, Dataset... more) {
        this.multiValued = multiValued;
        this.datasets = EnumSet.of(first, more);
    }

    /** The name in the metric table's {@code breakdown} column, equal to the column it reads. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean multiValued() {
        return multiValued;
    }

    public boolean appliesTo(Dataset dataset) {
        return datasets.contains(dataset);
    }
}
