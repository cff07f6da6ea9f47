package org.judicialmetrics.model;

import static org.judicialmetrics.model.Column.code;
import static org.judicialmetrics.model.Column.codes;
import static org.judicialmetrics.model.Column.optional;
import static org.judicialmetrics.model.Column.required;
import static org.judicialmetrics.model.ColumnType.BOOLEAN;
import static org.judicialmetrics.model.ColumnType.DATE;
import static org.judicialmetrics.model.ColumnType.DECIMAL;
import static org.judicialmetrics.model.ColumnType.INT;
import static org.judicialmetrics.model.ColumnType.STRING;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.StructType;
import org.judicialmetrics.model.Codes.AcquittalBasis;
import org.judicialmetrics.model.Codes.AllegedMethod;
import org.judicialmetrics.model.Codes.Applicant;
import org.judicialmetrics.model.Codes.CourtLevel;
import org.judicialmetrics.model.Codes.Decision;
import org.judicialmetrics.model.Codes.EvidenceType;
import org.judicialmetrics.model.Codes.Ground;
import org.judicialmetrics.model.Codes.Outcome;
import org.judicialmetrics.model.Codes.Proceeding;
import org.judicialmetrics.model.Codes.ProsecutionType;
import org.judicialmetrics.model.Codes.ReviewResult;
import org.judicialmetrics.model.Codes.ReviewType;
import org.judicialmetrics.model.Codes.Stage;

/** The three canonical input datasets (spec section 2), declared once: columns, id, and the date that decides the period. */
public enum Dataset {
    DEFENDANT_OUTCOMES("defendant_outcomes", "record_id", "concluded_date",
            "one row per defendant per concluded proceeding", List.of(
            required("record_id", STRING, "unique in the dataset"),
            required("case_id", STRING, "a case may have several defendants"),
            required("defendant_ref", STRING, "pseudonymous id; never printed in any report"),
            optional("jurisdiction", STRING, "default CN"),
            required("region", STRING, "province / state"),
            optional("court_id", STRING, "court identifier"),
            code("court_level", true, CourtLevel.class, "level of the court that decided"),
            code("proceeding", true, Proceeding.class, "kind of proceeding that concluded"),
            code("prosecution_type", true, ProsecutionType.class, "public or private prosecution"),
            required("offense_category", STRING, "principal (most serious) offence"),
            optional("filed_date", DATE, "date the case was filed with the court"),
            required("concluded_date", DATE, "date the proceeding concluded; decides the period"),
            code("outcome", true, Outcome.class, "how the proceeding ended for this defendant"),
            code("acquittal_basis", false, AcquittalBasis.class, "why acquitted; only with outcome ACQUITTED"),
            optional("detention_days", INT, "days of pre-judgment detention"))),

    EXCLUSION_MOTIONS("exclusion_motions", "motion_id", "filed_date",
            "one row per application (or ex officio review) to exclude evidence", List.of(
            required("motion_id", STRING, "unique in the dataset"),
            required("case_id", STRING, "links to defendant_outcomes"),
            required("defendant_ref", STRING, "links to defendant_outcomes"),
            required("region", STRING, "province / state"),
            code("court_level", false, CourtLevel.class, "court level; empty before trial"),
            code("stage", true, Stage.class, "procedural stage of the application"),
            code("applicant", true, Applicant.class, "who applied or started the review"),
            code("evidence_type", true, EvidenceType.class, "kind of evidence challenged"),
            code("alleged_method", true, AllegedMethod.class, "illegal method alleged"),
            required("filed_date", DATE, "date filed; decides the period of motions filed"),
            optional("decided_date", DATE, "empty while pending; decides the period of decisions"),
            code("decision", true, Decision.class, "decision on the motion"),
            optional("items_excluded", INT, "pieces of evidence excluded"))),

    CONVICTION_REVIEWS("conviction_reviews", "review_id", "review_concluded_date",
            "one row per review of a final conviction", List.of(
            required("review_id", STRING, "unique in the dataset"),
            required("original_case_id", STRING, "case of the original conviction"),
            required("defendant_ref", STRING, "pseudonymous id"),
            required("region", STRING, "province / state"),
            code("court_level", true, CourtLevel.class, "court that decided the review"),
            code("review_type", true, ReviewType.class, "route of the review"),
            required("original_conviction_date", DATE, "date of the original final conviction"),
            required("review_concluded_date", DATE, "date the review concluded; decides the period"),
            code("result", true, ReviewResult.class, "result of the review"),
            codes("grounds", false, Ground.class, "grounds of the review, ';'-separated"),
            optional("years_in_custody", DECIMAL, "years the person spent in custody"),
            optional("compensation_amount", DECIMAL, "state compensation, local currency"),
            optional("major_case", BOOLEAN, "a major wrongful conviction in official terms")));

    /** Separator of multi-valued ({@link ColumnType#CODES}) columns. */
    public static final String MULTI_VALUE_SEPARATOR = ";";

    private final String id;
    private final String idColumn;
    private final String periodColumn;
    private final String grain;
    private final List<Column> columns;

    Dataset(String id, String idColumn, String periodColumn, String grain, List<Column> columns) {
        this.id = id;
        this.idColumn = idColumn;
        this.periodColumn = periodColumn;
        this.grain = grain;
        this.columns = columns;
    }

    /** The dataset's name in a data root and in outputs, e.g. {@code defendant_outcomes}. */
    public String id() {
        return id;
    }

    /** The column that must be unique. */
    public String idColumn() {
        return idColumn;
    }

    /** The date column that decides the period a row counts in. */
    public String periodColumn() {
        return periodColumn;
    }

    /** What one row is. */
    /** The column holding the code of what happened to a record (an outcome, a decision, a result). */
    public String eventColumn() {
        return switch (this) {
            case DEFENDANT_OUTCOMES -> "outcome";
            case EXCLUSION_MOTIONS -> "decision";
            case CONVICTION_REVIEWS -> "result";
        };
    }

    public String grain() {
        return grain;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<Column> requiredColumns() {
        return columns.stream().filter(Column::required).toList();
    }

    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The typed schema of accepted rows of the canonical dataset ({@link DatasetSchema#typedSchema()}). */
    public StructType typedSchema() {
        return DatasetSchema.canonical(this).typedSchema();
    }

    public static Optional<Dataset> byId(String id) {
        for (Dataset d : values()) {
            if (d.id.equals(id)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
