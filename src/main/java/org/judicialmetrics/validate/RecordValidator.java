package org.judicialmetrics.validate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.judicialmetrics.model.Codes.Decision;
import org.judicialmetrics.model.Codes.Outcome;
import org.judicialmetrics.model.CodeSets;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.DatasetSchema;
import org.judicialmetrics.model.Plausibility;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.util.Text;

/**
 * The row checks of one dataset, in plain Java so they are tested without Spark: types, codes, required values,
 * date order and the as-of date, cross-field rules. Duplicated ids need all rows and are found in Spark.
 */
public final class RecordValidator implements Serializable {

    private final DatasetSchema dataset;
    private final LocalDate asOf;
    private final CodeSets codes;
    private final Plausibility bounds;
    private final java.util.Map<String, Integer> positions = new java.util.HashMap<>();

    /**
     * @param codes  the job's codes, whose groups decide the cross-field rules (a decided motion needs its date)
     * @param bounds the profile's plausibility bounds
     */
    public RecordValidator(DatasetSchema dataset, LocalDate asOf, CodeSets codes, Plausibility bounds) {
        this.dataset = dataset;
        this.asOf = asOf;
        this.codes = codes;
        this.bounds = bounds;
        for (int i = 0; i < dataset.columns().size(); i++) {
            positions.put(dataset.columns().get(i).name(), i);
        }
    }

    /** The checks of the canonical dataset with its canonical codes. */
    public RecordValidator(Dataset dataset, LocalDate asOf) {
        this(DatasetSchema.canonical(dataset), asOf, CodeSets.canonical(), Plausibility.NONE);
    }

    private int index(String column) {
        return positions.get(column);
    }

    /**
     * Every rule the row breaks, in column order; empty for a valid row.
     *
     * @param values    the columns' raw text in {@link DatasetSchema#columns()} order (null or blank = empty)
     * @param malformed why the record could not be split into columns, or null
     */
    public List<Violation> check(String[] values, String malformed) {
        if (malformed != null) {
            return List.of(new Violation(Reason.MALFORMED_RECORD, "record " + malformed));
        }
        List<Violation> out = new ArrayList<>();
        List<Column> columns = dataset.columns();
        for (int i = 0; i < columns.size(); i++) {
            checkValue(columns.get(i), Text.blankToNull(values[i]), out);
        }
        Row row = new Row(values);
        switch (dataset.dataset()) {
            case DEFENDANT_OUTCOMES -> {
                order(row, "filed_date", "concluded_date", out);
                String basis = row.get("acquittal_basis");
                String outcome = row.get("outcome");
                if (basis != null && outcome != null && !Outcome.ACQUITTED.name().equals(outcome)) {
                    out.add(new Violation(Reason.BASIS_WITHOUT_ACQUITTAL, "acquittal_basis '" + basis
                            + "' is given with outcome '" + outcome + "'; it is allowed only with ACQUITTED"));
                }
            }
            case EXCLUSION_MOTIONS -> {
                order(row, "filed_date", "decided_date", out);
                String decision = row.get("decision");
                String decided = row.get("decided_date");
                if (decision != null) {
                    if (codes.in("decision", decision, CodeSets.DECIDED) && decided == null) {
                        out.add(new Violation(Reason.DECISION_DATE_MISMATCH,
                                "decision " + decision + " has no decided_date"));
                    } else if (Decision.PENDING.name().equals(decision) && decided != null) {
                        out.add(new Violation(Reason.DECISION_DATE_MISMATCH,
                                "decision PENDING has decided_date " + decided + "; a pending motion is undecided"));
                    }
                }
            }
            case CONVICTION_REVIEWS -> order(row, "original_conviction_date", "review_concluded_date", out);
        }
        return out;
    }

    private void checkValue(Column column, String value, List<Violation> out) {
        String name = column.name();
        if (value == null) {
            if (column.required()) {
                out.add(new Violation(Reason.MISSING_VALUE, "required value " + name + " is empty"));
            }
            return;
        }
        switch (column.type()) {
            case CODE -> {
                if (!column.codes().contains(value)) {
                    out.add(unknownCode(column, value));
                }
            }
            case CODES -> {
                Set<String> seen = new HashSet<>();
                for (String part : value.split(Dataset.MULTI_VALUE_SEPARATOR, -1)) {
                    String code = part.strip();
                    if (!column.codes().contains(code) && seen.add(code)) {
                        out.add(unknownCode(column, code));
                    }
                }
            }
            case DATE -> {
                LocalDate date = date(value);
                if (date == null) {
                    out.add(new Violation(Reason.BAD_DATE, name + " '" + value + "' is not a valid ISO date (yyyy-MM-dd)"));
                } else if (date.isAfter(asOf)) {
                    out.add(new Violation(Reason.FUTURE_DATE, name + " " + value + " is after the as-of date " + asOf));
                } else if (bounds.earliestDate() != null && date.isBefore(bounds.earliestDate())) {
                    out.add(new Violation(Reason.BAD_DATE, name + " " + value + " is before the earliest plausible"
                            + " date " + bounds.earliestDate() + " (plausibility.earliest_date of the profile)"));
                }
            }
            case INT -> {
                try {
                    if (Long.parseLong(value) < 0) {
                        out.add(new Violation(Reason.NEGATIVE_COUNT, name + " " + value + " is negative; expected >= 0"));
                    } else if (Long.parseLong(value) > Integer.MAX_VALUE) {
                        out.add(new Violation(Reason.BAD_NUMBER, name + " " + value + " is too large"));
                    } else {
                        implausible(name, Long.parseLong(value), value, out);
                    }
                } catch (NumberFormatException e) {
                    out.add(new Violation(Reason.BAD_NUMBER, name + " '" + value + "' is not a whole number"));
                }
            }
            case DECIMAL -> {
                try {
                    BigDecimal number = new BigDecimal(value);
                    if (number.signum() < 0) {
                        out.add(new Violation(Reason.NEGATIVE_COUNT, name + " " + value + " is negative; expected >= 0"));
                    } else {
                        implausible(name, number.doubleValue(), value, out);
                    }
                } catch (NumberFormatException e) {
                    out.add(new Violation(Reason.BAD_NUMBER, name + " '" + value + "' is not a decimal number"));
                }
            }
            case BOOLEAN -> {
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    out.add(new Violation(Reason.BAD_NUMBER, name + " '" + value + "' is not true or false"));
                }
            }
            case STRING -> {
            }
        }
    }

    private void implausible(String name, double number, String value, List<Violation> out) {
        Double max = bounds.maximum().get(name);
        if (max != null && number > max) {
            out.add(new Violation(Reason.BAD_NUMBER, name + " " + value + " is above the plausible maximum "
                    + BigDecimal.valueOf(max).stripTrailingZeros().toPlainString()
                    + " (plausibility.maximum of the profile)"));
        }
    }

    private void order(Row row, String earlier, String later, List<Violation> out) {
        LocalDate first = date(row.get(earlier));
        LocalDate second = date(row.get(later));
        if (first != null && second != null && second.isBefore(first)) {
            out.add(new Violation(Reason.DATE_ORDER, later + " " + second + " is before " + earlier + " " + first));
        }
    }

    private static Violation unknownCode(Column column, String value) {
        return new Violation(Reason.UNKNOWN_CODE, column.name() + " '" + value + "' is not one of "
                + String.join(", ", column.codes()));
    }

    /** A strict ISO date {@code yyyy-MM-dd}, or null when the text is empty or not one (hand-parsed: hot path). */
    static LocalDate date(String value) {
        if (value == null || value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Access to a row's cleaned values by column name. */
    private final class Row {
        private final String[] values;

        Row(String[] values) {
            this.values = values;
        }

        String get(String name) {
            return Text.blankToNull(values[index(name)]);
        }
    }
}
