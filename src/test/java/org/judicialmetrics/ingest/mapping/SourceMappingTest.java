package org.judicialmetrics.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.judicialmetrics.model.Dataset.CONVICTION_REVIEWS;
import static org.judicialmetrics.model.Dataset.DEFENDANT_OUTCOMES;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.judicialmetrics.ingest.DataRoot;
import org.judicialmetrics.ingest.DatasetSource;
import org.judicialmetrics.ingest.FileColumns;
import org.judicialmetrics.ingest.InputException;
import org.judicialmetrics.ingest.SourceReader;
import org.judicialmetrics.spec.SpecException;
import org.judicialmetrics.testing.SparkTest;
import org.judicialmetrics.validate.DatasetValidator;
import org.judicialmetrics.validate.ValidatedDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceMappingTest extends SparkTest {

    @TempDir
    Path dir;

    /** An export as such systems write it: BOM, CRLF, quoted commas, a blank line, trailing spaces, an extra column. */
    private static final String EXPORT = "\uFEFFRow ID,Case No.,Defendant,Court,Court Level,Instance,Prosecutor,Charge,"
            + "Filed,Judgment Date,Verdict,Acquittal Ground,Days Detained,Clerk\r\n"
            + "1,\"(2019) Zhe 01 Xing Chu 12\",P1,Hangzhou,Basic,1st,Procuratorate,\"theft, burglary\",3/4/2019,"
            + "7/15/2019,Guilty,,\"1,091\",Li\r\n"
            + "2,(2019) Zhe 01 Xing Chu 13,P2,Hangzhou,Basic ,1st,Self-prosecution,defamation,3/4/2019,8/1/2019,"
            + "Not guilty,Evidence insufficient,0,Li\r\n"
            + "\r\n"
            + "3,(2019) Zhe 01 Xing Chu 14,P3,Hangzhou,Basic,2nd,Private,insult,3/4/2019,8/2/2019,Not guilty,"
            + "Self-defence,,Wang\r\n"
            + "4,(2019) Zhe 01 Xing Chu 15,P4,Hangzhou,Township,1st,Procuratorate,theft,3/4/2019,8/2/2019,Guilty,,,Wang\r\n"
            + "5,(2019) Zhe 01 Xing Chu 16,P5,Hangzhou,Basic,1st,Procuratorate,theft,3/4/2019,31/12/2019,Guilty,,,Wang\r\n"
            + "TEST-1,x,x,x,Basic,1st,Procuratorate,theft,3/4/2019,8/2/2019,Guilty,,,x\r\n"
            + ",,,,,,,,,,Subtotal,,,\r\n";

    private SourceMapping example() {
        return new SourceMappingLoader(Path.of("jobs/sources")).load("example-court-export");
    }

    private ValidatedDataset read(SourceMapping mapping, String export, String name) throws IOException {
        Path file = Files.writeString(dir.resolve(name), export, StandardCharsets.UTF_8);
        DatasetSource source = new DatasetSource(DEFENDANT_OUTCOMES, DataRoot.files(DEFENDANT_OUTCOMES, file), mapping);
        source.files().forEach(f -> FileColumns.check(spark(), source, f));
        return new DatasetValidator(LocalDate.of(2024, 12, 31))
                .validate(source.schema(), new SourceReader(spark()).read(source));
    }

    @Test
    void anExportBecomesCanonicalRows() throws IOException {
        ValidatedDataset v = read(example(), EXPORT, "export.csv");
        assertThat(v.counts().read()).isEqualTo(7);
        assertThat(v.counts().quarantinedByReason())
                .isEqualTo(Map.of("UNKNOWN_CODE", 1L, "BAD_DATE", 1L, "DROPPED_BY_RULE", 2L));
        List<Row> rows = v.accepted().orderBy("record_id").collectAsList();
        assertThat(rows).hasSize(3);
        Row first = rows.get(0);
        assertThat((String) first.getAs("case_id")).isEqualTo("(2019) Zhe 01 Xing Chu 12");
        assertThat((String) first.getAs("region")).isEqualTo("Zhejiang");
        assertThat((String) first.getAs("jurisdiction")).isEqualTo("CN");
        assertThat((String) first.getAs("offense_category")).isEqualTo("theft, burglary");
        assertThat((String) first.getAs("prosecution_type")).isEqualTo("PUBLIC");
        assertThat(first.getAs("concluded_date").toString()).isEqualTo("2019-07-15");
        assertThat((Integer) first.getAs("detention_days")).isEqualTo(1091);
        assertThat((String) rows.get(1).getAs("prosecution_type")).isEqualTo("PRIVATE");
        assertThat((String) rows.get(1).getAs("court_level")).isEqualTo("BASIC");
        assertThat((String) rows.get(1).getAs("acquittal_basis")).isEqualTo("INSUFFICIENT_EVIDENCE");
        assertThat((String) rows.get(2).getAs("acquittal_basis")).as("unmapped to OTHER").isEqualTo("OTHER");
        assertThat((String) rows.get(2).getAs("proceeding")).isEqualTo("APPEAL");
    }

    @Test
    void unmappedCodesAndDatesAreQuarantinedNamingTheValue() throws IOException {
        ValidatedDataset v = read(example(), EXPORT, "export.csv");
        Map<String, String> reasons = new java.util.TreeMap<>();
        v.quarantine().collectAsList().forEach(r -> reasons.put(r.getAs("reason_code") + "@" + r.getAs("source_position"),
                r.getAs("reason")));
        assertThat(reasons).containsEntry("UNKNOWN_CODE@6", "court_level 'Township' is not one of BASIC, INTERMEDIATE, HIGH, SUPREME")
                .containsEntry("BAD_DATE@7", "concluded_date '31/12/2019' is not a valid ISO date (yyyy-MM-dd)")
                .containsEntry("DROPPED_BY_RULE@8", "dropped by the source mapping: test records of the export system")
                .containsEntry("DROPPED_BY_RULE@9", "dropped by the source mapping: subtotal rows are not defendants");
    }

    @Test
    void extraColumnsAreListedAndMissingSourceColumnsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("export.csv"), EXPORT, StandardCharsets.UTF_8);
        DatasetSource source = new DatasetSource(DEFENDANT_OUTCOMES, DataRoot.files(DEFENDANT_OUTCOMES, file), example());
        assertThat(FileColumns.check(spark(), source, source.files().get(0)).extra()).containsExactly("Clerk");

        Path broken = Files.writeString(dir.resolve("broken.csv"), "Row ID,Verdict\n1,Guilty\n");
        DatasetSource bad = new DatasetSource(DEFENDANT_OUTCOMES, DataRoot.files(DEFENDANT_OUTCOMES, broken), example());
        assertThatThrownBy(() -> FileColumns.check(spark(), bad, bad.files().get(0))).isInstanceOf(InputException.class)
                .hasMessageContaining("broken.csv: required columns 'Case No.', 'Defendant'")
                .hasMessageContaining("(named by source mapping 'example-court-export')");
    }

    @Test
    void splitAndFlagColumnsMakeMultiValuedGrounds() throws IOException {
        Path mappingFile = Files.writeString(dir.resolve("reviews.json"), """
                {"id": "reviews", "target": "conviction_reviews",
                 "fields": {
                   "grounds": {"from": "Grounds", "split": ";#",
                               "codes": {"Insufficient evidence": "INSUFFICIENT_EVIDENCE", "New evidence": "NEW_EVIDENCE"},
                               "unmapped": "OTHER"},
                   "compensation_amount": {"from": "Compensation", "thousands_separator": ","}
                 }}""");
        SourceMapping mapping = SourceMappingLoader.read(mappingFile);
        var shaper = mapping.shaper();
        Map<String, String> source = Map.of("Grounds", "Insufficient evidence;# New evidence ;#Torture;#", "Compensation",
                "1,234,567.50", "review_id", "V1");
        String[] values = shaper.shape("export.csv", 2, source::get).values();
        assertThat(values[CONVICTION_REVIEWS.columns().indexOf(CONVICTION_REVIEWS.column("grounds").orElseThrow())])
                .isEqualTo("INSUFFICIENT_EVIDENCE;NEW_EVIDENCE;OTHER");
        assertThat(values[CONVICTION_REVIEWS.columns().indexOf(CONVICTION_REVIEWS.column("compensation_amount").orElseThrow())])
                .isEqualTo("1234567.50");

        Path flags = Files.writeString(dir.resolve("flags.json"), """
                {"id": "flags", "target": "conviction_reviews",
                 "fields": {"grounds": {"flags": {"TRUE_PERPETRATOR_FOUND": "Real culprit", "NEW_EVIDENCE": "DNA"}}}}""");
        var flagShaper = SourceMappingLoader.read(flags).shaper();
        int grounds = CONVICTION_REVIEWS.columns().indexOf(CONVICTION_REVIEWS.column("grounds").orElseThrow());
        assertThat(flagShaper.shape("export.csv", 2, Map.of("Real culprit", "x", "DNA", "")::get).values()[grounds])
                .isEqualTo("TRUE_PERPETRATOR_FOUND");
        assertThat(flagShaper.shape("export.csv", 2, Map.of("Real culprit", "Y", "DNA", "Y")::get).values()[grounds])
                .isEqualTo("NEW_EVIDENCE;TRUE_PERPETRATOR_FOUND");
        assertThat(flagShaper.shape("export.csv", 2, Map.<String, String>of()::get).values()[grounds]).isNull();
    }

    @Test
    void compactDatesParse() throws IOException {
        Path m = Files.writeString(dir.resolve("m.json"), """
                {"id": "m", "target": "defendant_outcomes",
                 "fields": {"concluded_date": {"from": "d", "date_format": "yyyyMMdd"}}}""");
        var shaper = SourceMappingLoader.read(m).shaper();
        int i = DEFENDANT_OUTCOMES.columns().indexOf(DEFENDANT_OUTCOMES.column("concluded_date").orElseThrow());
        assertThat(shaper.shape("export.csv", 2, Map.of("d", "20190715")::get).values()[i]).isEqualTo("2019-07-15");
        assertThat(shaper.shape("export.csv", 2, Map.of("d", "20190230")::get).values()[i]).isEqualTo("20190230");
    }

    /** The canonical columns and a declared breakdown column {@code verdict}. */
    private static List<org.judicialmetrics.model.Column> withVerdict() {
        List<org.judicialmetrics.model.Column> columns = new java.util.ArrayList<>(DEFENDANT_OUTCOMES.columns());
        columns.add(new org.judicialmetrics.model.Column("verdict", org.judicialmetrics.model.ColumnType.STRING, false,
                List.of(), "declared"));
        return columns;
    }

    @Test
    void mappingErrorsNameTheFileAndTheField() throws IOException {
        assertThatThrownBy(() -> SourceMappingLoader.read(Files.writeString(dir.resolve("a.json"),
                "{\"id\": \"a\", \"target\": \"cases\"}"))).isInstanceOf(SpecException.class)
                .hasMessageContaining("a.json: field 'target': 'cases' is not a canonical dataset");
        // a column outside the canonical schema may be a breakdown the job declares: the run checks it
        Path b = Files.writeString(dir.resolve("b.json"),
                "{\"id\": \"b\", \"target\": \"defendant_outcomes\", \"fields\": {\"verdict\": {\"from\": \"V\"}}}");
        SourceMapping undeclared = SourceMappingLoader.read(b);
        assertThatThrownBy(() -> undeclared.checkFills(org.judicialmetrics.storage.Location.local(b), DEFENDANT_OUTCOMES.columns()))
                .hasMessageContaining("b.json: field 'fields.verdict': 'verdict' is not a column of defendant_outcomes"
                        + " in this job, nor a breakdown it declares");
        undeclared.checkFills(org.judicialmetrics.storage.Location.local(b), withVerdict());
        assertThatThrownBy(() -> SourceMappingLoader.read(Files.writeString(dir.resolve("b2.json"),
                "{\"id\": \"b2\", \"target\": \"defendant_outcomes\", \"fields\": {\"Verdict\": {\"from\": \"V\"}}}")))
                .hasMessageContaining("b2.json: field 'fields.Verdict': 'Verdict' is not a column of defendant_outcomes");
        assertThatThrownBy(() -> SourceMappingLoader.read(Files.writeString(dir.resolve("c.json"),
                "{\"id\": \"c\", \"target\": \"defendant_outcomes\", \"fields\": {\"outcome\": {\"from\": \"V\","
                        + " \"codes\": {\"G\": \"GUILTY\"}}}}")))
                .hasMessageContaining("c.json: field 'fields.outcome.codes.G': 'GUILTY' is not a code of outcome");
        assertThatThrownBy(() -> SourceMappingLoader.read(Files.writeString(dir.resolve("d.json"),
                "{\"id\": \"d\", \"target\": \"defendant_outcomes\", \"fields\": {\"outcome\": {\"from\": \"V\","
                        + " \"unmapped\": \"OTHER\"}}}")))
                .hasMessageContaining("field 'fields.outcome.unmapped': 'quarantine' (outcome has no OTHER code)");
        assertThatThrownBy(() -> SourceMappingLoader.read(Files.writeString(dir.resolve("e.json"),
                "{\"id\": \"e\", \"target\": \"defendant_outcomes\", \"drop\": [{\"column\": \"X\", \"values\": [\"t\"]}]}")))
                .hasMessageContaining("field 'drop[0].reason': required");
        assertThatThrownBy(() -> SourceMappingLoader.read(Files.writeString(dir.resolve("f.json"),
                "{\"id\": \"f\", \"target\": \"defendant_outcomes\", \"fields\": {\"region\": {\"from\": \"R\", \"contant\": 1}}}")))
                .hasMessageContaining("f.json: unknown field 'fields.region.contant'");
    }
}
