package org.judicialmetrics.counts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.judicialmetrics.ingest.InputException;
import org.judicialmetrics.ingest.mapping.SourceMapping;
import org.judicialmetrics.ingest.mapping.SourceMappingLoader;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.period.PeriodType;
import org.judicialmetrics.spec.JobModel;
import org.judicialmetrics.spec.SpecException;
import org.judicialmetrics.testing.SparkTest;
import org.judicialmetrics.testing.TestModel;
import org.judicialmetrics.validate.CheckResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mapping rules for real count-table exports, each on a small export written here: totals checked against their
 * parts, wide tables unpivoted, periods from the path of files in folders or globs; and their mistakes named by file
 * and field.
 */
class CountTableExportsTest extends SparkTest {

    @TempDir
    Path dir;

    private SourceMapping mapping(String json) throws IOException {
        return SourceMappingLoader.read(Files.writeString(dir.resolve("m.json"), json));
    }

    private OutcomeCounts.Table read(Path file, SourceMapping mapping) {
        JobModel cn = TestModel.cn();
        return OutcomeCounts.read(spark(), CountTableFile.read(file, Optional.of(mapping),
                cn.schema(Dataset.DEFENDANT_OUTCOMES), cn.countBreakdowns()), PeriodType.YEAR,
                OutcomeCounts.Shape.of(cn));
    }

    private static final String WIDE = """
            ,Number of Theft Convictions,Percentage of Theft Convictions,Number of Theft Acquittals,Number of Fraud Convictions,Number of Fraud Acquittals
            North,"1,200",90%,100,50,5
            South,300,75%,100,-,2
            National,"1,500",88%,200,50,{fraud_acquittals}
            """;

    private String wideMapping(String mismatch) {
        return """
                {"id": "wide", "target": "outcome_counts",
                 "unpivot": {"columns": "Number of (?<offence>.+) (?<outcome>Convictions|Acquittals)", "value": "n"},
                 "fields": {"period": {"path": "(?<year>\\\\d{4})\\\\.csv$"}, "region": {"from": ""},
                   "offense_category": {"from": "offence"},
                   "measure": {"from": "outcome", "codes": {"Convictions": "CONVICTED", "Acquittals": "ACQUITTED"}},
                   "count": {"from": "n", "thousands_separator": ",", "codes": {"-": "0"}}},
                 "totals": [{"column": "region", "values": ["National"], "mismatch": "%s"}]}
                """.formatted(mismatch);
    }

    @Test
    void aWideTableBecomesRowsAndItsTotalRowIsCheckedAndLeftOut() throws IOException {
        Path file = Files.writeString(dir.resolve("2020.csv"), WIDE.replace("{fraud_acquittals}", "7"));
        OutcomeCounts.Table t = read(file, mapping(wideMapping("check")));
        // 2 areas x 2 offences x 2 outcomes; the National row is left out; the Percentage column is not read
        assertThat(t.rows().get(Dataset.DEFENDANT_OUTCOMES)).isEqualTo(12L);
        assertThat(t.frames().get(Dataset.DEFENDANT_OUTCOMES).count()).isEqualTo(8);
        assertThat(t.source().ignored()).containsExactly("Percentage of Theft Convictions");
        long convicted = t.frames().get(Dataset.DEFENDANT_OUTCOMES)
                .where("outcome = 'CONVICTED'").agg(Map.of("_records", "sum")).first().getLong(0);
        assertThat(convicted).isEqualTo(1200 + 300 + 50);
        CheckResult check = t.checks().get(0);
        assertThat(check.passed()).isTrue();
        assertThat(check.detail()).startsWith("4 totals checked");
    }

    @Test
    void aTotalThatIsNotTheSumOfItsPartsFailsItsCheckOrStopsTheRun() throws IOException {
        Path file = Files.writeString(dir.resolve("2020.csv"), WIDE.replace("{fraud_acquittals}", "8"));
        CheckResult check = read(file, mapping(wideMapping("check"))).checks().get(0);
        assertThat(check.passed()).isFalse();
        assertThat(check.detail()).contains("1 of 4 totals differ").contains("2020.csv: line 4, column 'Number of Fraud"
                + " Acquittals': field 'count': ACQUITTED 8 in 2020 (region National) is not the sum of its parts (7)");
        SourceMapping strict = mapping(wideMapping("error"));
        assertThatThrownBy(() -> read(file, strict)).isInstanceOf(InputException.class)
                .hasMessageContaining("is not the sum of its parts (7)");
    }

    @Test
    void aFolderOrAGlobOfFilesGivesEachFilesPeriodFromItsPath() throws IOException {
        Path root = dir.resolve("exports");
        Files.createDirectories(root.resolve("2019"));
        Files.createDirectories(root.resolve("2020"));
        Files.writeString(root.resolve("2019/outcomes_March.csv"), "outcome,n\nCONVICTED,10\nACQUITTED,1\n");
        Files.writeString(root.resolve("2020/outcomes_jan_2020.csv"), "outcome,n\nCONVICTED,20\nACQUITTED,2\n");
        Files.writeString(root.resolve("README.md"), "not a table\n");
        SourceMapping m = mapping("""
                {"id": "months", "target": "outcome_counts",
                 "fields": {"period": {"path": "(?<year>\\\\d{4})/outcomes_(?<month>[A-Za-z]+)(_\\\\d{4})?\\\\.csv$"},
                   "measure": {"from": "outcome"}, "count": {"from": "n"}}}
                """);
        JobModel cn = TestModel.cn();
        CountTableFile folder = CountTableFile.read(root, Optional.of(m), cn.schema(Dataset.DEFENDANT_OUTCOMES),
                cn.countBreakdowns());
        assertThat(folder.records()).extracting(r -> r.get("period")).containsExactly("2019-03", "2019-03", "2020-01",
                "2020-01");
        assertThat(folder.readByFile()).hasSize(2);
        CountTableFile glob = CountTableFile.read(root.resolve("20*/*_2020.csv"), Optional.of(m),
                cn.schema(Dataset.DEFENDANT_OUTCOMES), cn.countBreakdowns());
        assertThat(glob.records()).extracting(r -> r.get("period")).containsExactly("2020-01", "2020-01");
    }

    @Test
    void anUnpivotPatternThatMatchesNoColumnNamesTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("2020.csv"), ",Total\nNorth,5\n");
        SourceMapping m = mapping(wideMapping("check"));
        assertThatThrownBy(() -> read(file, m)).isInstanceOf(InputException.class)
                .hasMessageContaining(file + ": no column matches the unpivot pattern");
    }

    @Test
    void mistakesInTheNewRulesNameTheMappingFileAndTheField() throws IOException {
        Map<String, String> cases = Map.of(
                "{\"id\": \"x\", \"target\": \"defendant_outcomes\", \"unpivot\": {\"columns\": \"(?<a>.+)\", \"value\": \"v\"}}",
                "field 'unpivot': only for a count table",
                "{\"id\": \"x\", \"target\": \"outcome_counts\", \"unpivot\": {\"columns\": \"(?<v>.+)\", \"value\": \"v\"}}",
                "field 'unpivot.value': required: the source field name of the cell (not one of the pattern's groups)",
                "{\"id\": \"x\", \"target\": \"outcome_counts\", \"fields\": {\"measure\": {\"path\": \"(?<year>\\\\d{4})\"}}}",
                "field 'fields.measure.path': only for the period of a count table",
                "{\"id\": \"x\", \"target\": \"outcome_counts\", \"fields\": {\"period\": {\"path\": \"(\\\\d{4})\"}}}",
                "field 'fields.period.path': a pattern with a named group year",
                "{\"id\": \"x\", \"target\": \"outcome_counts\", \"totals\": [{\"column\": \"region\", \"values\": [\"All\"],"
                        + " \"mismatch\": \"warn\"}]}",
                "field 'totals[0].mismatch': 'check' (a failed check, exit 3) or 'error' (exit 2)",
                "{\"id\": \"x\", \"target\": \"conviction_reviews\", \"complete\": true}",
                "field 'complete': only for a count table");
        int i = 0;
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path file = Files.writeString(dir.resolve("bad-" + i++ + ".json"), c.getKey());
            assertThatThrownBy(() -> SourceMappingLoader.read(file)).as(c.getKey()).isInstanceOf(SpecException.class)
                    .hasMessageContaining(file + ": " + c.getValue());
        }
    }
}
