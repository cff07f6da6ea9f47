package org.judicialmetrics.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.report.DataQuality;
import org.judicialmetrics.report.Labels;
import org.judicialmetrics.report.Messages;
import org.judicialmetrics.report.QualityTables;
import org.judicialmetrics.report.table.Cell;
import org.judicialmetrics.report.table.ReportTable;
import org.judicialmetrics.spec.JobSpec;
import org.judicialmetrics.validate.CheckResult;
import org.junit.jupiter.api.Test;

/**
 * The quality checks as each report edition words them: the English edition says exactly what the manifest says,
 * the Chinese edition says it in Chinese, with the same figures.
 */
class QualityCheckWordsTest {

    private static List<CheckResult> checks() {
        Map<Dataset, org.judicialmetrics.validate.ValidationCounts> counts = new EnumMap<>(Dataset.class);
        counts.put(Dataset.DEFENDANT_OUTCOMES, new org.judicialmetrics.validate.ValidationCounts(
                12_345, 12_000, Map.of("BAD_DATE", 345L), Map.of("a.csv", 12_345L), LocalDate.of(2024, 11, 30)));
        counts.put(Dataset.EXCLUSION_MOTIONS, new org.judicialmetrics.validate.ValidationCounts(
                0, 0, Map.of(), Map.of("b.csv", 0L), null));
        return QualityGate.evaluate(JobSpec.QualityGate.DEFAULT, counts, Period.parse("2024"));
    }

    private static List<List<String>> cells(ReportTable table) {
        return table.rows().stream().map(r -> r.stream().map(Cell::display).toList()).toList();
    }

    @Test
    void theEnglishEditionSaysWhatTheManifestSaysAndTheChineseOneSaysItInChinese() {
        List<CheckResult> checks = checks();
        assertThat(checks).hasSizeGreaterThanOrEqualTo(5).allMatch(c -> c.words() != null);
        DataQuality quality = new DataQuality(List.of(), checks);
        List<List<String>> en = cells(QualityTables.checks(quality, Messages.english(), Labels.english()));
        List<List<String>> zh = cells(QualityTables.checks(quality, Messages.of("zh"), Labels.english()));
        for (int i = 0; i < checks.size(); i++) {
            assertThat(en.get(i).get(0)).isEqualTo(checks.get(i).name());
            assertThat(en.get(i).get(2)).isEqualTo(checks.get(i).detail());
            assertThat(zh.get(i).get(0)).containsPattern("\\p{IsHan}");
            assertThat(zh.get(i).get(2)).containsPattern("\\p{IsHan}");
            // the same figures in both
            assertThat(numbers(zh.get(i).get(2))).containsExactlyInAnyOrderElementsOf(numbers(en.get(i).get(2)));
        }
        assertThat(String.join(" ", zh.get(0))).contains("12,000", "12,345");
    }

    private static List<String> numbers(String text) {
        return java.util.regex.Pattern.compile("[0-9][0-9,.%-]*").matcher(text).results()
                .map(java.util.regex.MatchResult::group).toList();
    }
}
