package org.judicialmetrics.validate;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.judicialmetrics.ingest.RawColumns;
import org.judicialmetrics.model.CodeSets;
import org.judicialmetrics.model.Codes.Decision;
import org.judicialmetrics.model.Codes.Outcome;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.model.DatasetSchema;
import org.judicialmetrics.model.Plausibility;

/**
 * The row checks of one dataset as Spark column expressions over its raw text columns, so that Spark compiles them
 * (no row-by-row Java): types, codes, required values, the as-of date and plausibility bounds, date order and the
 * cross-field rules. One rule per column and per cross-field rule, in the order their violations are reported.
 * Duplicated ids need every row and are found by {@link DatasetValidator}.
 *
 * <p>{@link #check} computes in stages, each a column the next ones read: every column's cleaned text and its parsed
 * date or number once, then each rule's reason code once, then the row's reason code and messages. Written as one
 * expression, the shared parts would be evaluated again in every branch that uses them (measured: 49 s against 2.6 s
 * for the reason codes of 2 million rows).
 */
public final class RowRules {

    /** What {@link BigDecimal#BigDecimal(String)} reads: a sign, digits with an optional point, an exponent. */
    private static final String DECIMAL_NUMBER = "^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$";

    /**
     * One check: its reason code where the row breaks it (null where it does not) and the message saying how (null
     * likewise).
     */
    public record Rule(String column, Column reasonCode, Column message) {
    }

    /** Prefix of the helper columns {@link #check} adds (later selects leave them out). */
    private static final String HELPER = "_rule_";

    private final DatasetSchema schema;
    private final LocalDate asOf;
    private final CodeSets codes;
    private final Plausibility bounds;
    /** Columns whose raw values the source gave already typed (a Parquet DATE or INT32), not as text. */
    private final java.util.Set<String> typed;
    private final List<Rule> rules = new ArrayList<>();

    /**
     * The rules for raw values given as text ({@link RawColumns#schema}).
     *
     * @param codes  the job's codes, whose groups decide the cross-field rules (a decided motion needs its date)
     * @param bounds the profile's plausibility bounds
     */
    public RowRules(DatasetSchema schema, LocalDate asOf, CodeSets codes, Plausibility bounds) {
        this(schema, RawColumns.schema(schema), asOf, codes, bounds);
    }

    /**
     * The rules for raw records of the given shape: a date or whole-number column that the source gave typed (a
     * Parquet DATE or INT32) is checked as it is rather than formatted and parsed again (measured: a third of the
     * checks' time on typed Parquet).
     */
    public RowRules(DatasetSchema schema, org.apache.spark.sql.types.StructType raw, LocalDate asOf, CodeSets codes,
                    Plausibility bounds) {
        this.schema = schema;
        this.asOf = asOf;
        this.codes = codes;
        this.bounds = bounds;
        this.typed = typedColumns(raw);
        schema.columns().forEach(c -> rules.add(valueRule(c)));
        crossFieldRules();
    }

    /** The columns of a raw shape that hold typed values rather than text (provenance positions aside). */
    private static java.util.Set<String> typedColumns(org.apache.spark.sql.types.StructType raw) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (org.apache.spark.sql.types.StructField f : raw.fields()) {
            if (!(f.dataType() instanceof org.apache.spark.sql.types.StringType)
                    && !f.name().equals(RawColumns.SOURCE_POSITION)) {
                out.add(f.name());
            }
        }
        return java.util.Set.copyOf(out);
    }

    /** Every rule, value rules in column order and then the cross-field rules. */
    public List<Rule> rules() {
        return rules;
    }

    /**
     * The raw records with {@link DatasetValidator#REASON_CODE} (the first broken rule's, or null for a valid row)
     * and {@link DatasetValidator#REASON} (every broken rule's message, joined by {@code "; "}) added, plus helper
     * columns: each column's cleaned text ({@link #cleanedColumn}), parsed values and each rule's code
     * ({@link #ruleColumn}). A record the mapping drops or that could not be split into columns gets that reason alone.
     */
    public org.apache.spark.sql.Dataset<Row> check(org.apache.spark.sql.Dataset<Row> raw) {
        if (!typedColumns(raw.schema()).equals(typed)) {
            throw new IllegalArgumentException("the rules were made for typed columns " + typed + ", the records have "
                    + typedColumns(raw.schema()));
        }
        org.apache.spark.sql.Dataset<Row> cleaned = raw.select(withAll(schema.columns().stream()
                .filter(c -> !typed.contains(c.name())).map(c -> cleaned(c.name()).as(cleanedColumn(c.name())))));
        org.apache.spark.sql.Dataset<Row> parsed = cleaned.select(withAll(schema.columns().stream()
                .flatMap(c -> typed.contains(c.name())
                        ? java.util.stream.Stream.of(col(c.name()).cast(c.type() == org.judicialmetrics.model.ColumnType.DATE
                                ? "date" : "bigint").as(parsedColumn(c.name())))
                        : switch (c.type()) {
                    case DATE -> java.util.stream.Stream.of(parsedDate(value(c.name())).as(parsedColumn(c.name())));
                    case INT -> java.util.stream.Stream.of(value(c.name()).try_cast("bigint").as(parsedColumn(c.name())));
                    case DECIMAL -> java.util.stream.Stream.of(when(value(c.name()).rlike(DECIMAL_NUMBER),
                            value(c.name()).try_cast("double")).as(parsedColumn(c.name())));
                    default -> java.util.stream.Stream.<Column>empty();
                })));
        List<Column> codes = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            codes.add(rules.get(i).reasonCode().as(ruleColumn(i)));
        }
        org.apache.spark.sql.Dataset<Row> ruled = parsed.select(withAll(codes.stream()));
        List<Column> messages = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            messages.add(when(col(ruleColumn(i)).isNotNull(), rules.get(i).message()));
        }
        Column first = coalesce(java.util.stream.IntStream.range(0, rules.size()).mapToObj(i -> col(ruleColumn(i)))
                .toArray(Column[]::new));
        Column all = concat_ws("; ", messages.toArray(Column[]::new));
        Column dropped = col(RawColumns.DROPPED);
        Column malformed = col(RawColumns.MALFORMED);
        return ruled.select(withAll(java.util.stream.Stream.of(
                barrier(when(dropped.isNotNull(), lit(Reason.DROPPED_BY_RULE.name()))
                        .when(malformed.isNotNull(), lit(Reason.MALFORMED_RECORD.name()))
                        .otherwise(first)).as(DatasetValidator.REASON_CODE),
                barrier(when(dropped.isNotNull(), concat(lit("dropped by the source mapping: "), dropped))
                        .when(malformed.isNotNull(), concat(lit("record "), malformed))
                        .when(first.isNotNull(), all)).as(DatasetValidator.REASON))));
    }

    /**
     * The value, marked nondeterministic (by a condition on the partition id that always holds) so that Catalyst
     * neither pushes a filter on it below the checks nor inlines it into each use: either would copy every check
     * into every expression that reads the reason (measured: a filter on the reason code took 4 times as long).
     */
    private static Column barrier(Column value) {
        return when(org.apache.spark.sql.functions.spark_partition_id().geq(0), value);
    }

    /** Every column so far, then the added ones. */
    private static Column[] withAll(java.util.stream.Stream<Column> added) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(col("*")), added).toArray(Column[]::new);
    }

    /** The column {@link #check} puts rule {@code i}'s reason code in (null where the row keeps the rule). */
    public static String ruleColumn(int i) {
        return HELPER + "code_" + i;
    }

    /** The column {@link #check} puts a raw column's cleaned text in: stripped, or null when nothing is left. */
    public static String cleanedColumn(String column) {
        return HELPER + "text_" + column;
    }

    /** The column {@link #check} puts a date or number column's value in: a date, long or double, null if unreadable. */
    public static String parsedColumn(String column) {
        return HELPER + "value_" + column;
    }

    /** A column's cleaned text: from its helper column, or (in messages only) a typed value as text. */
    private Column value(String column) {
        return typed.contains(column) ? col(column).cast("string") : col(cleanedColumn(column));
    }

    /** Whether the column has no value. */
    private Column missing(String column) {
        return typed.contains(column) ? col(column).isNull() : col(cleanedColumn(column)).isNull();
    }

    /**
     * A raw column's text without surrounding spaces, or null when nothing is left. Only spaces: Spark's trim of a
     * wider character set (tabs, ideographic spaces) copies every character and measured twice the cost of all the
     * other checks together, so a value padded with a tab is read with its tab, and a code so padded is unknown.
     */
    public static Column cleaned(String column) {
        return org.apache.spark.sql.functions.nullif(trim(col(column)), lit(""));
    }

    /** The parts of a multi-valued text (already cleaned), each without surrounding spaces. */
    public static Column parts(Column cleaned) {
        return transform(split(cleaned, Pattern.quote(Dataset.MULTI_VALUE_SEPARATOR), -1), p -> trim(p));
    }

    /**
     * Ten characters, a digit first and dashes at the fifth and eighth, that Spark reads as a date: exactly
     * {@code yyyy-MM-dd} (Spark's cast alone also reads {@code 2019-1-5} and {@code 2019-01-05T10:00}). Character
     * tests, not a regular expression: this runs on every date of every row.
     */
    private static Column parsedDate(Column cleaned) {
        Column shaped = org.apache.spark.sql.functions.length(cleaned).equalTo(10)
                .and(cleaned.substr(5, 1).equalTo("-")).and(cleaned.substr(8, 1).equalTo("-"))
                .and(cleaned.substr(1, 1).between("0", "9"));
        return when(shaped, cleaned.try_cast("date"));
    }

    private Rule valueRule(org.judicialmetrics.model.Column c) {
        String name = c.name();
        Column v = value(name);
        Rule check = switch (c.type()) {
            case CODE -> broken(name, not(v.isin(c.codes().toArray())), Reason.UNKNOWN_CODE, unknownCode(c, v));
            case CODES -> codesRule(c, v);
            case DATE -> dateRule(name, v);
            case INT -> numberRule(name, v, true);
            case DECIMAL -> numberRule(name, v, false);
            case BOOLEAN -> broken(name, not(lower(v).isin("true", "false")), Reason.BAD_NUMBER,
                    concat(lit(name + " '"), v, lit("' is not true or false")));
            case STRING -> new Rule(name, lit(null).cast("string"), lit(null).cast("string"));
        };
        if (!c.required()) {
            return check;
        }
        Column missing = missing(name);
        return new Rule(name, when(missing, lit(Reason.MISSING_VALUE.name())).otherwise(check.reasonCode()),
                when(missing, lit("required value " + name + " is empty")).otherwise(check.message()));
    }

    private Rule codesRule(org.judicialmetrics.model.Column c, Column v) {
        Column allowed = org.apache.spark.sql.functions.array(c.codes().stream().map(org.apache.spark.sql.functions::lit)
                .toArray(Column[]::new));
        Column unknown = array_distinct(filter(parts(v), p -> not(org.apache.spark.sql.functions.array_contains(allowed, p))));
        Column messages = array_join(transform(unknown, p -> unknownCode(c, p)), "; ");
        return broken(c.name(), size(unknown).gt(0), Reason.UNKNOWN_CODE, messages);
    }

    private Rule dateRule(String name, Column v) {
        Column date = col(parsedColumn(name));
        Column earliest = bounds.earliestDate() == null ? lit(false) : date.lt(lit(bounds.earliestDate()));
        return firstBroken(name, List.of(
                new Branch(date.isNull(), Reason.BAD_DATE,
                        concat(lit(name + " '"), v, lit("' is not a valid ISO date (yyyy-MM-dd)"))),
                new Branch(date.gt(lit(asOf)), Reason.FUTURE_DATE,
                        concat(lit(name + " "), v, lit(" is after the as-of date " + asOf))),
                new Branch(earliest, Reason.BAD_DATE, concat(lit(name + " "), v, lit(" is before the earliest"
                        + " plausible date " + bounds.earliestDate() + " (plausibility.earliest_date of the profile)")))));
    }

    /** A whole or decimal number's rule: readable, not negative, within an int (whole), within the profile's bound. */
    private Rule numberRule(String name, Column v, boolean whole) {
        Column n = col(parsedColumn(name));
        return firstBroken(name, List.of(
                new Branch(n.isNull(), Reason.BAD_NUMBER,
                        concat(lit(name + " '"), v, lit(whole ? "' is not a whole number" : "' is not a decimal number"))),
                new Branch(n.lt(0), Reason.NEGATIVE_COUNT, concat(lit(name + " "), v, lit(" is negative; expected >= 0"))),
                new Branch(whole ? n.gt(Integer.MAX_VALUE) : lit(false), Reason.BAD_NUMBER,
                        concat(lit(name + " "), v, lit(" is too large"))),
                new Branch(above(name, n), Reason.BAD_NUMBER, aboveMessage(name, v))));
    }

    /** One way a present value breaks its column's rule: when, with which reason, and the message. */
    private record Branch(Column broken, Reason reason, Column message) {
    }

    /** The rule of a column's present value: the first branch it breaks (an empty value breaks none of them). */
    private Rule firstBroken(String name, List<Branch> branches) {
        Column code = when(missing(name), lit(null));
        Column message = when(missing(name), lit(null));
        for (Branch b : branches) {
            code = code.when(b.broken(), lit(b.reason().name()));
            message = message.when(b.broken(), b.message());
        }
        return new Rule(name, code, message);
    }

    private Column above(String name, Column number) {
        Double max = bounds.maximum().get(name);
        return max == null ? lit(false) : number.gt(lit(max));
    }

    private Column aboveMessage(String name, Column v) {
        Double max = bounds.maximum().get(name);
        return max == null ? lit(null) : concat(lit(name + " "), v, lit(" is above the plausible maximum "
                + BigDecimal.valueOf(max).stripTrailingZeros().toPlainString() + " (plausibility.maximum of the profile)"));
    }

    private void crossFieldRules() {
        switch (schema.dataset()) {
            case DEFENDANT_OUTCOMES -> {
                order("filed_date", "concluded_date");
                Column basis = value("acquittal_basis");
                Column outcome = value("outcome");
                rules.add(broken("acquittal_basis", basis.isNotNull().and(outcome.isNotNull())
                                .and(outcome.notEqual(lit(Outcome.ACQUITTED.name()))), Reason.BASIS_WITHOUT_ACQUITTAL,
                        concat(lit("acquittal_basis '"), basis, lit("' is given with outcome '"), outcome,
                                lit("'; it is allowed only with ACQUITTED"))));
            }
            case EXCLUSION_MOTIONS -> {
                order("filed_date", "decided_date");
                Column decision = value("decision");
                Column decided = value("decided_date");
                Column undated = decision.isin(codes.group("decision", CodeSets.DECIDED).toArray()).and(decided.isNull());
                Column pendingDated = decision.equalTo(lit(Decision.PENDING.name())).and(decided.isNotNull());
                rules.add(new Rule("decision",
                        when(undated.or(pendingDated), lit(Reason.DECISION_DATE_MISMATCH.name())),
                        when(undated, concat(lit("decision "), decision, lit(" has no decided_date")))
                                .when(pendingDated, concat(lit("decision PENDING has decided_date "), decided,
                                        lit("; a pending motion is undecided")))));
            }
            case CONVICTION_REVIEWS -> order("original_conviction_date", "review_concluded_date");
        }
    }

    private void order(String earlier, String later) {
        Column first = col(parsedColumn(earlier));
        Column second = col(parsedColumn(later));
        rules.add(broken(later, second.lt(first), Reason.DATE_ORDER, concat(lit(later + " "), value(later),
                lit(" is before " + earlier + " "), value(earlier))));
    }

    private static Rule broken(String column, Column broken, Reason reason, Column message) {
        return new Rule(column, when(broken, lit(reason.name())), when(broken, message));
    }

    private static Column unknownCode(org.judicialmetrics.model.Column column, Column value) {
        return concat(lit(column.name() + " '"), value, lit("' is not one of " + String.join(", ", column.codes())));
    }
}
