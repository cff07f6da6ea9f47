package org.judicialmetrics.generate;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.judicialmetrics.model.Codes.Outcome;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.util.Json;

/**
 * Tells, independently of the generator, which {@link FaultKind}s a row read back from a file shows: the rules a
 * validator would apply, with the plausibility bounds of the {@code cn} profile ({@code jobs/profiles/cn.json}).
 */
final class FaultClassifier {

    /** Dates from this year on are placeholders ("no date"), not a mistyped year. */
    private static final int FAR_FUTURE_YEAR = 2200;
    private static final Bounds CN = Bounds.of(Path.of("jobs/profiles/cn.json"));

    /** A profile's plausibility bounds, read from its JSON file. */
    record Bounds(LocalDate earliest, Map<String, Double> maximum) {
        static Bounds of(Path profile) {
            try {
                JsonNode p = Json.mapper().readTree(profile.toFile()).get("plausibility");
                Map<String, Double> max = new HashMap<>();
                p.get("maximum").fields().forEachRemaining(e -> max.put(e.getKey(), e.getValue().asDouble()));
                return new Bounds(LocalDate.parse(p.get("earliest_date").asText()), Map.copyOf(max));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final Map<Dataset, List<String>> ORDERED_DATES = Map.of(
            Dataset.DEFENDANT_OUTCOMES, List.of("filed_date", "concluded_date"),
            Dataset.EXCLUSION_MOTIONS, List.of("filed_date", "decided_date"),
            Dataset.CONVICTION_REVIEWS, List.of("original_conviction_date", "review_concluded_date"));

    private final Dataset dataset;
    private final LocalDate end;
    private final Map<String, List<String>> seen = new HashMap<>();

    FaultClassifier(Dataset dataset, LocalDate end) {
        this.dataset = dataset;
        this.end = end;
    }

    /** The faults of the next row of the file (rows must come in file order, for duplicates). */
    Set<FaultKind> classify(CSVRecord record) {
        List<String> values = record.toList();
        if (values.size() < dataset.columns().size()) {
            return EnumSet.of(FaultKind.MALFORMED_RECORD);
        }
        String id = record.get(dataset.idColumn());
        if (values.equals(seen.get(id))) {
            return EnumSet.of(FaultKind.DUPLICATE_ROW);
        }
        seen.put(id, values);
        Set<FaultKind> faults = EnumSet.noneOf(FaultKind.class);
        for (Column column : dataset.columns()) {
            String value = record.get(column.name());
            if (value.isEmpty()) {
                if (column.required()) {
                    faults.add(FaultKind.MISSING_REQUIRED);
                }
                continue;
            }
            check(column, value, faults);
        }
        List<String> dates = ORDERED_DATES.get(dataset);
        LocalDate opening = parse(record.get(dates.get(0)));
        LocalDate closing = parse(record.get(dates.get(1)));
        if (opening != null && closing != null && closing.isBefore(opening)) {
            faults.add(FaultKind.CONCLUDED_BEFORE_FILED);
        }
        if (dataset == Dataset.DEFENDANT_OUTCOMES && !record.get("acquittal_basis").isEmpty()
                && isOutcome(record.get("outcome")) && !record.get("outcome").equals(Outcome.ACQUITTED.name())) {
            faults.add(FaultKind.BASIS_WITHOUT_ACQUITTAL);
        }
        return faults;
    }

    private void check(Column column, String value, Set<FaultKind> faults) {
        switch (column.type()) {
            case CODE -> {
                if (!column.codes().contains(value)) {
                    faults.add(codeFault(column, value));
                }
            }
            case CODES -> {
                if (!column.codes().containsAll(List.of(value.split(Dataset.MULTI_VALUE_SEPARATOR, -1)))) {
                    faults.add(FaultKind.UNKNOWN_CODE);
                }
            }
            case DATE -> {
                LocalDate date = parse(value);
                if (date == null) {
                    faults.add(FaultKind.UNPARSEABLE_DATE);
                } else if (date.getYear() >= FAR_FUTURE_YEAR) {
                    faults.add(FaultKind.FAR_FUTURE_DATE);
                } else if (date.isAfter(end)) {
                    faults.add(FaultKind.FUTURE_DATE);
                } else if (date.isBefore(CN.earliest())) {
                    faults.add(FaultKind.IMPLAUSIBLY_EARLY_DATE);
                }
            }
            case INT, DECIMAL -> {
                double number = Double.parseDouble(value);
                if (number < 0) {
                    faults.add(FaultKind.NEGATIVE_COUNT);
                } else if (number > CN.maximum().getOrDefault(column.name(), Double.MAX_VALUE)) {
                    faults.add(FaultKind.ABSURD_AMOUNT);
                }
            }
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false")) {
                    faults.add(FaultKind.UNKNOWN_CODE);
                }
            }
            case STRING -> {
            }
        }
    }

    /** A code not in the list: a canonical one in another case, or with spaces, or simply unknown. */
    private static FaultKind codeFault(Column column, String value) {
        if (column.codes().contains(value.toUpperCase(Locale.ROOT))) {
            return FaultKind.LOWER_CASE_CODE;
        }
        String trimmed = value.strip();
        if (trimmed.contains(" ") && (column.codes().contains(trimmed.replace(' ', '_'))
                || column.codes().contains(trimmed.replace(" ", "")))) {
            return FaultKind.SPACED_CODE;
        }
        return FaultKind.UNKNOWN_CODE;
    }

    private static boolean isOutcome(String value) {
        return EnumSet.allOf(Outcome.class).stream().anyMatch(o -> o.name().equals(value));
    }

    private static LocalDate parse(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
