package org.judicialmetrics.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.judicialmetrics.model.Dataset.CONVICTION_REVIEWS;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An imitated registry of exonerations as such registries publish it: no id column, Windows-1252 with accented names
 * and a no-break space (byte 0xA0), dates in three formats and result texts in any case and spacing. Mapped onto
 * {@code conviction_reviews} with ids made from the columns, every row the test wrote is read right (compared with
 * what the test itself computes from the rows it generated), and only the rows it wrote twice are duplicates.
 */
class CaseLevelExportTest extends SparkTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<String> LAST = List.of("García", "Müller", "Nuñez", "O'Brien", "Smith", "Lefèvre",
            "Çelik", "Johnson");
    private static final List<String> FIRST = List.of("José", "Zoë", "Mary\u00A0Ann", "John", "André", "Renée", "Björn");
    private static final List<String> STATES = List.of("Texas", "Québec", "Nuevo León", "Illinois");
    private static final List<String> CRIMES = List.of("Murder", "Robbery", "Drug Possession", "Sexual Assault");
    private static final List<String> FORMATS = List.of("M/d/yyyy", "yyyy-MM-dd", "d.M.yyyy");
    /** How the registry writes each result: any case, spaces around, a no-break space. */
    private static final Map<String, List<String>> RESULTS = Map.of(
            "OVERTURNED_ACQUITTED", List.of("Exonerated", " EXONERATED", "exonerated\u00A0", "Exonerated  "),
            "OVERTURNED_MODIFIED", List.of("Sentence modified", "SENTENCE  MODIFIED"),
            "UPHELD", List.of("conviction upheld", "Conviction Upheld"));
    private static final int ROWS = 400;
    private static final int REPEATED = 6;

    private static final String MAPPING = """
            {"id": "registry", "target": "conviction_reviews", "encoding": "windows-1252",
             "fields": {
               "review_id": {"hash": ["Last Name", "First Name", "State", "Convicted", "Worst Crime"]},
               "original_case_id": {"template": "{Last Name}|{First Name}|{Convicted}"},
               "defendant_ref": {"hash": ["Last Name", "First Name", "State"]},
               "region": {"from": "State"},
               "court_level": {"constant": "HIGH"},
               "review_type": {"constant": "PETITION"},
               "original_conviction_date": {"from": "Convicted", "date_formats": ["M/d/yyyy", "yyyy-MM-dd", "d.M.yyyy"]},
               "review_concluded_date": {"from": "Exonerated", "date_formats": ["M/d/yyyy", "yyyy-MM-dd", "d.M.yyyy"]},
               "result": {"from": "Result", "match": "ignore_case",
                          "codes": {"Exonerated": "OVERTURNED_ACQUITTED", "Sentence Modified": "OVERTURNED_MODIFIED",
                                    "Conviction upheld": "UPHELD"}},
               "grounds": {"flags": {"NEW_EVIDENCE": "DNA"}},
               "compensation_amount": {"from": "Compensation", "thousands_separator": ","}
             }}""";

    @TempDir
    static Path dir;
    static Path registry;
    /** The rows as written, in file order (a repeated row is in it twice). */
    static final List<Map<String, String>> written = new ArrayList<>();
    /** What each written row must become, by the line it is on. */
    static final Map<Long, Expected> expected = new LinkedHashMap<>();

    record Expected(String caseId, String region, String convicted, String exonerated, String result, boolean dna) {
    }

    @BeforeAll
    static void writeRegistry() throws IOException {
        Random random = new Random(10);
        List<Map<String, String>> distinct = new ArrayList<>();
        Set<List<String>> keys = new HashSet<>();
        while (distinct.size() < ROWS) {
            LocalDate convicted = LocalDate.of(1980, 1, 1).plusDays(random.nextInt(20 * 365));
            LocalDate exonerated = convicted.plusDays(200 + random.nextInt(8000));
            String code = List.of("OVERTURNED_ACQUITTED", "OVERTURNED_ACQUITTED", "OVERTURNED_MODIFIED", "UPHELD")
                    .get(random.nextInt(4));
            Map<String, String> row = new LinkedHashMap<>();
            row.put("Last Name", LAST.get(random.nextInt(LAST.size())));
            row.put("First Name", FIRST.get(random.nextInt(FIRST.size())));
            row.put("State", STATES.get(random.nextInt(STATES.size())));
            row.put("Worst Crime", CRIMES.get(random.nextInt(CRIMES.size())));
            row.put("Convicted", convicted.format(DateTimeFormatter.ofPattern(FORMATS.get(random.nextInt(3)))));
            row.put("Exonerated", exonerated.format(DateTimeFormatter.ofPattern(FORMATS.get(random.nextInt(3)))));
            row.put("Result", RESULTS.get(code).get(random.nextInt(RESULTS.get(code).size())));
            row.put("DNA", random.nextInt(3) == 0 ? "DNA" : "");
            row.put("Compensation", random.nextBoolean() ? "" : String.format("%,d", 10_000 + random.nextInt(2_000_000)));
            row.put("_convicted", convicted.toString());
            row.put("_exonerated", exonerated.toString());
            row.put("_result", code);
            if (keys.add(List.of(row.get("Last Name"), row.get("First Name"), row.get("State"), row.get("Convicted"),
                    row.get("Worst Crime")))) {
                distinct.add(row);
            }
        }
        written.addAll(distinct);
        for (int i = 0; i < REPEATED; i++) { // a case the registry lists twice
            written.add(distinct.get(random.nextInt(distinct.size())));
        }
        StringBuilder csv = new StringBuilder("Last Name,First Name,State,Worst Crime,Convicted,Exonerated,Result,DNA,"
                + "Compensation\r\n");
        long line = 2;
        for (Map<String, String> r : written) {
            csv.append(String.join(",", r.get("Last Name"), r.get("First Name"), "\"" + r.get("State") + "\"",
                    r.get("Worst Crime"), r.get("Convicted"), r.get("Exonerated"), r.get("Result"), r.get("DNA"),
                    "\"" + r.get("Compensation") + "\"")).append("\r\n");
            expected.put(line++, new Expected(r.get("Last Name") + "|" + r.get("First Name") + "|" + r.get("Convicted"),
                    r.get("State"), r.get("_convicted"), r.get("_exonerated"), r.get("_result"), !r.get("DNA").isEmpty()));
        }
        registry = Files.write(dir.resolve("registry.csv"), csv.toString().getBytes(WINDOWS_1252));
    }

    private static ValidatedDataset read(String mapping, String name) throws IOException {
        SourceMapping m = SourceMappingLoader.read(Files.writeString(dir.resolve(name + ".json"), mapping));
        DatasetSource source = new DatasetSource(CONVICTION_REVIEWS, DataRoot.files(CONVICTION_REVIEWS, registry), m);
        source.files().forEach(f -> FileColumns.check(spark(), source, f));
        return new DatasetValidator(LocalDate.of(2024, 12, 31))
                .validate(source.schema(), new SourceReader(spark()).read(source));
    }

    /** The test's own SHA-256 id: first 16 hex digits of the values joined by U+001F. */
    private static String sha(String... values) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(String.join("\u001F", values)
                    .getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                hex.append(String.format("%02x", d[i] & 0xFF));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theFileIsWindows1252WithANoBreakSpaceAndAccents() throws IOException {
        byte[] bytes = Files.readAllBytes(registry);
        assertThat(bytes).contains((byte) 0xA0, (byte) 0xE9, (byte) 0xFC);
        assertThat(new String(bytes, WINDOWS_1252)).contains("Mary\u00A0Ann", "Québec", "Müller");
    }

    @Test
    void hashedIdsQuarantineOnlyTheRowsWrittenTwice() throws IOException {
        ValidatedDataset v = read(MAPPING, "registry");
        assertThat(v.counts().read()).isEqualTo(ROWS + REPEATED);
        assertThat(v.counts().quarantinedByReason()).isEqualTo(Map.of("DUPLICATE_ID", (long) REPEATED));
        assertThat(v.counts().accepted()).isEqualTo(ROWS);
        // keyed by name alone, most rows would have been "duplicates"
        assertThat(written.stream().map(r -> r.get("Last Name") + r.get("First Name")).distinct().count())
                .isLessThan(ROWS / 5);

        Map<String, Row> byId = new HashMap<>();
        v.accepted().collectAsList().forEach(r -> byId.put(r.getAs("review_id"), r));
        assertThat(byId).hasSize(ROWS);
        for (Map<String, String> w : written) {
            String id = sha(w.get("Last Name"), w.get("First Name"), w.get("State"), w.get("Convicted"),
                    w.get("Worst Crime"));
            Row r = byId.get(id);
            assertThat(r).as(id).isNotNull();
            assertThat((String) r.getAs("original_case_id"))
                    .isEqualTo(w.get("Last Name") + "|" + w.get("First Name") + "|" + w.get("Convicted"));
            assertThat((String) r.getAs("defendant_ref")).isEqualTo(sha(w.get("Last Name"), w.get("First Name"),
                    w.get("State")));
            assertThat((String) r.getAs("region")).isEqualTo(w.get("State"));
            assertThat(r.getAs("original_conviction_date").toString()).isEqualTo(w.get("_convicted"));
            assertThat(r.getAs("review_concluded_date").toString()).isEqualTo(w.get("_exonerated"));
            assertThat((String) r.getAs("result")).isEqualTo(w.get("_result"));
            assertThat((String) r.getAs("grounds")).isEqualTo(w.get("DNA").isEmpty() ? null : "NEW_EVIDENCE");
            Double amount = r.getAs("compensation_amount");
            assertThat(amount).isEqualTo(w.get("Compensation").isEmpty() ? null
                    : Double.valueOf(w.get("Compensation").replace(",", "")));
        }
        assertThat(byId.values().stream().map(r -> (String) r.getAs("original_case_id")))
                .contains("O'Brien|Mary\u00A0Ann|" + written.stream().filter(w -> w.get("Last Name").equals("O'Brien")
                        && w.get("First Name").equals("Mary\u00A0Ann")).findFirst().orElseThrow().get("Convicted"));
        assertThat(byId.values().stream().map(r -> (String) r.getAs("region")).distinct())
                .containsExactlyInAnyOrderElementsOf(STATES);
    }

    @Test
    void rowNumberIdsAreTheFileAndLine() throws IOException {
        ValidatedDataset v = read(MAPPING.replace(
                "{\"hash\": [\"Last Name\", \"First Name\", \"State\", \"Convicted\", \"Worst Crime\"]}",
                "{\"synthesize\": \"row_number\"}"), "registry-rows");
        assertThat(v.counts().quarantined()).isZero();
        Map<String, String> results = new HashMap<>();
        v.accepted().collectAsList().forEach(r -> results.put(r.getAs("review_id"), r.getAs("result")));
        Map<String, String> want = new HashMap<>();
        expected.forEach((line, e) -> want.put("registry.csv:" + line, e.result()));
        assertThat(results).isEqualTo(want);
    }

    @Test
    void theSameBytesReadAsUtf8StopNamingFileLineAndByteOffset() throws IOException {
        byte[] bytes = Files.readAllBytes(registry);
        int offset = 0;
        while (bytes[offset] >= 0) {
            offset++;
        }
        long line = 1;
        for (int i = 0; i < offset; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        String message = registry + ": line " + line + ", byte offset " + offset + ": not valid UTF-8";
        assertThatThrownBy(() -> read(MAPPING.replace("\"encoding\": \"windows-1252\",", ""), "registry-utf8")
                .counts()).satisfies(e -> assertThat(inputCause(e)).isNotNull()
                .satisfies(i -> assertThat(i.getMessage()).startsWith(message)));
    }

    private static InputException inputCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputException i) {
                return i;
            }
        }
        return null;
    }

    @Test
    void ignoreCaseFoldsCaseAndSpacesOnlyWhenAsked() throws IOException {
        Path m = Files.writeString(dir.resolve("exact.json"), """
                {"id": "exact", "target": "conviction_reviews",
                 "fields": {"result": {"from": "R", "codes": {"Exonerated": "OVERTURNED_ACQUITTED"}},
                            "review_type": {"from": "T", "match": "ignore_case",
                                            "codes": {"Petition": "PETITION", "re trial": "RETRIAL"}}}}""");
        var shaper = SourceMappingLoader.read(m).shaper();
        int result = CONVICTION_REVIEWS.columns().indexOf(CONVICTION_REVIEWS.column("result").orElseThrow());
        int type = CONVICTION_REVIEWS.columns().indexOf(CONVICTION_REVIEWS.column("review_type").orElseThrow());
        String[] v = shaper.shape("x.csv", 2, Map.of("R", " exonerated ", "T", "RE\u00A0 TRIAL")::get).values();
        assertThat(v[result]).as("exact matching: passed on, quarantined as UNKNOWN_CODE").isEqualTo("exonerated");
        assertThat(v[type]).isEqualTo("RETRIAL");
        assertThat(shaper.shape("x.csv", 3, Map.of("R", "Exonerated ", "T", " petition")::get).values())
                .contains("OVERTURNED_ACQUITTED", "PETITION");
    }

    @Test
    void datesAreTriedInEachFormatInOrder() throws IOException {
        Path m = Files.writeString(dir.resolve("dates.json"), """
                {"id": "dates", "target": "conviction_reviews",
                 "fields": {"review_concluded_date": {"from": "D", "date_formats": ["d/M/yyyy", "M/d/yyyy", "yyyyMMdd"]},
                            "original_conviction_date": {"from": "O", "date_format": "yyyy.MM.dd"}}}""");
        var shaper = SourceMappingLoader.read(m).shaper();
        int d = CONVICTION_REVIEWS.columns().indexOf(CONVICTION_REVIEWS.column("review_concluded_date").orElseThrow());
        int o = CONVICTION_REVIEWS.columns().indexOf(CONVICTION_REVIEWS.column("original_conviction_date").orElseThrow());
        Map<String, String> want = Map.of("3/4/2019", "2019-04-03", "12/31/2019", "2019-12-31", "20190715", "2019-07-15",
                "2019-07-15", "2019-07-15", "31/31/2019", "31/31/2019");
        want.forEach((text, iso) -> assertThat(shaper.shape("x.csv", 2, Map.of("D", text)::get).values()[d])
                .as(text).isEqualTo(iso));
        assertThat(shaper.shape("x.csv", 2, Map.of("O", "2001.02.03")::get).values()[o]).isEqualTo("2001-02-03");
    }

    @Test
    void mappingErrorsOfTheNewRulesNameTheFileAndTheField() throws IOException {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"review_id\": {\"synthesize\": \"uuid\"}}",
                "field 'fields.review_id.synthesize': 'uuid' is not a way to synthesize a value; allowed: row_number");
        cases.put("{\"review_id\": {\"from\": \"Id\", \"hash\": [\"A\"]}}",
                "field 'fields.review_id': exactly one of 'from', 'constant', 'flags', 'synthesize', 'template', 'hash' or 'path'");
        cases.put("{\"review_id\": {\"template\": \"id\"}}",
                "field 'fields.review_id.template': names no column");
        cases.put("{\"review_id\": {\"template\": \"{A}|{B\"}}",
                "field 'fields.review_id.template': '{A}|{B' has an unmatched '{' or '}'");
        cases.put("{\"review_id\": {\"hash\": []}}", "field 'fields.review_id.hash': one source column or more");
        cases.put("{\"review_id\": {\"hash\": [\"A\", \"A\"]}}", "field 'fields.review_id.hash': a column is listed twice");
        cases.put("{\"review_concluded_date\": {\"hash\": [\"A\"]}}",
                "field 'fields.review_concluded_date.hash': only for a text column such as an id");
        cases.put("{\"review_id\": {\"hash\": [\"A\"], \"codes\": {\"x\": \"y\"}}}",
                "field 'fields.review_id': 'hash' makes the value whole: no 'codes'");
        cases.put("{\"review_concluded_date\": {\"from\": \"D\", \"date_format\": \"M/d/yyyy\", \"date_formats\": [\"d.M.yyyy\"]}}",
                "field 'fields.review_concluded_date.date_format': not with 'date_formats'");
        cases.put("{\"review_concluded_date\": {\"from\": \"D\", \"date_formats\": [\"M/d/yyyy\", \"qqqq-bad\"]}}",
                "field 'fields.review_concluded_date.date_formats[1]': 'qqqq-bad' is not a date pattern");
        cases.put("{\"region\": {\"from\": \"D\", \"date_formats\": [\"M/d/yyyy\"]}}",
                "field 'fields.region.date_formats[0]': only for a date column");
        cases.put("{\"result\": {\"from\": \"R\", \"match\": \"loose\", \"codes\": {\"x\": \"UPHELD\"}}}",
                "field 'fields.result.match': 'exact' or 'ignore_case'");
        cases.put("{\"region\": {\"from\": \"R\", \"match\": \"ignore_case\"}}",
                "field 'fields.region.match': only with 'codes'");
        cases.put("{\"result\": {\"from\": \"R\", \"match\": \"ignore_case\", \"codes\": {\"Upheld\": \"UPHELD\","
                        + " \" UPHELD\": \"REMANDED\"}}}",
                "field 'fields.result.codes.Upheld': 'Upheld' and ' UPHELD' are the same key under match 'ignore_case'");
        int i = 0;
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path file = Files.writeString(dir.resolve("bad-" + i++ + ".json"),
                    "{\"id\": \"bad\", \"target\": \"conviction_reviews\", \"fields\": " + c.getKey() + "}");
            assertThatThrownBy(() -> SourceMappingLoader.read(file)).as(c.getKey()).isInstanceOf(SpecException.class)
                    .hasMessageContaining(file + ": " + c.getValue());
        }
        Path encoding = Files.writeString(dir.resolve("bad-encoding.json"),
                "{\"id\": \"bad\", \"target\": \"conviction_reviews\", \"encoding\": \"latin-9000\"}");
        assertThatThrownBy(() -> SourceMappingLoader.read(encoding))
                .hasMessageContaining(encoding + ": field 'encoding': 'latin-9000' is not an encoding");
    }
}
