package org.judicialmetrics.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.judicialmetrics.model.Column;
import org.judicialmetrics.model.Dataset;

/** Valid canonical rows to start fixtures from: a test changes only the fields its case is about. */
public final class Rows {
    private Rows() {
    }

    /** A valid row of the dataset with the given fields replaced (null or "" = empty). */
    public static Map<String, String> valid(Dataset dataset, String... overrides) {
        Map<String, String> row = new LinkedHashMap<>(switch (dataset) {
            case DEFENDANT_OUTCOMES -> Map.ofEntries(
                    Map.entry("record_id", "R1"), Map.entry("case_id", "C1"), Map.entry("defendant_ref", "D1"),
                    Map.entry("jurisdiction", "CN"), Map.entry("region", "Henan"), Map.entry("court_id", "HN-01"),
                    Map.entry("court_level", "BASIC"), Map.entry("proceeding", "FIRST_INSTANCE"),
                    Map.entry("prosecution_type", "PUBLIC"), Map.entry("offense_category", "theft"),
                    Map.entry("filed_date", "2020-01-10"), Map.entry("concluded_date", "2020-05-01"),
                    Map.entry("outcome", "CONVICTED"), Map.entry("acquittal_basis", ""),
                    Map.entry("detention_days", "30"));
            case EXCLUSION_MOTIONS -> Map.ofEntries(
                    Map.entry("motion_id", "M1"), Map.entry("case_id", "C1"), Map.entry("defendant_ref", "D1"),
                    Map.entry("region", "Henan"), Map.entry("court_level", "BASIC"), Map.entry("stage", "TRIAL"),
                    Map.entry("applicant", "DEFENSE_COUNSEL"), Map.entry("evidence_type", "CONFESSION"),
                    Map.entry("alleged_method", "TORTURE"), Map.entry("filed_date", "2020-02-01"),
                    Map.entry("decided_date", "2020-03-01"), Map.entry("decision", "GRANTED"),
                    Map.entry("items_excluded", "2"));
            case CONVICTION_REVIEWS -> Map.ofEntries(
                    Map.entry("review_id", "V1"), Map.entry("original_case_id", "C0"), Map.entry("defendant_ref", "D0"),
                    Map.entry("region", "Hebei"), Map.entry("court_level", "HIGH"), Map.entry("review_type", "RETRIAL"),
                    Map.entry("original_conviction_date", "2005-06-01"),
                    Map.entry("review_concluded_date", "2016-12-02"), Map.entry("result", "OVERTURNED_ACQUITTED"),
                    Map.entry("grounds", "INSUFFICIENT_EVIDENCE;TRUE_PERPETRATOR_FOUND"),
                    Map.entry("years_in_custody", "11.5"), Map.entry("compensation_amount", "2680000.50"),
                    Map.entry("major_case", "true"));
        });
        for (int i = 0; i < overrides.length; i += 2) {
            row.put(overrides[i], overrides[i + 1]);
        }
        return row;
    }

    /** The row's values in canonical column order. */
    public static String[] values(Dataset dataset, Map<String, String> row) {
        return dataset.columns().stream().map(c -> row.get(c.name())).toArray(String[]::new);
    }

    /** Writes a canonical CSV (header in canonical order) with the given rows. */
    public static Path csv(Path file, Dataset dataset, List<Map<String, String>> rows) throws IOException {
        return csv(file, dataset, List.of(), rows);
    }

    /** The same with more columns after the canonical ones (declared breakdowns such as {@code sex}). */
    public static Path csv(Path file, Dataset dataset, List<String> extra, List<Map<String, String>> rows)
            throws IOException {
        List<String> names = new ArrayList<>(dataset.columns().stream().map(Column::name).toList());
        names.addAll(extra);
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", names));
        for (Map<String, String> row : rows) {
            lines.add(names.stream().map(c -> quote(row.getOrDefault(c, ""))).collect(Collectors.joining(",")));
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String quote(String v) {
        if (v == null) {
            return "";
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
