package org.judicialmetrics.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas in {@code jobs/schema/} (draft 2020-12) accept every shipped job spec, source mapping and
 * jurisdiction profile, and reject what the strict loaders reject.
 */
class ConfigSchemaTest {

    private static final Path SCHEMA_DIR = Path.of("jobs", "schema");
    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    private static final List<String> SCHEMA_FILES = List.of("definitions.schema.json", "job-spec.schema.json",
            "profile.schema.json", "source-mapping.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A valid profile using every shared shape; each negative case below breaks exactly one thing in a valid file. */
    private static final String PROFILE = """
            {
              "$schema": "../schema/profile.schema.json",
              "id": "test-cn",
              "title": "Test profile",
              "jurisdiction": "CN",
              "time_zone": "Asia/Shanghai",
              "languages": ["en", "zh"],
              "eras": [
                {"id": "before", "label": "Before", "end": "2012-12-31"},
                {"id": "after", "label": "After", "start": "2013-01-01"}
              ],
              "codes": {"outcome": {"UNSUCCESSFUL": {"adjudicated": false}}},
              "breakdowns": {"defendant_outcomes": ["region", {"column": "sex", "values": ["FEMALE", "MALE"], "label": "Sex"}]},
              "metrics": [
                {"id": "conviction_rate", "dataset": "defendant_outcomes", "kind": "rate",
                 "numerator": {"outcome": ["CONVICTED"]}, "denominator": {"outcome": ["@adjudicated"]}}
              ],
              "published": {
                "measures": {"acquitted_total": "Acquittals (persons)"},
                "acquittals": {"total": "acquitted_total", "public": "acquitted_public", "private": "acquitted_private",
                               "label": "All acquittals"},
                "denominators": [
                  {"measure": "persons_adjudicated", "numerator": "acquitted_total", "kind": "rate",
                   "label": "persons adjudicated", "short_label": "Persons adjudicated", "main_point": "trend"}
                ],
                "reconciliation": [{"metric": "acquittals", "label": "Acquittals", "measures": ["acquitted_total"]}],
                "reconciliation_note": "Published totals beside ours.",
                "report": {
                  "sources": "the courts' annual reports",
                  "rates": ["Persons adjudicated are published for {years:persons_adjudicated}."],
                  "sections": [
                    {"id": "retrials", "heading": "Retrials", "caption": "Retrials (cases)",
                     "columns": [{"label": "Retrials", "measure": "retrials_concluded"}]},
                    {"id": "corrected", "heading": "Corrected", "text": ["Totals since 2013."],
                     "cumulative": {"measure": "corrected_cases", "chart": "corrected", "title": "Corrected (cases)",
                                    "bars": "In the year", "axis": "Cases", "summary": "Since {start}: {totals}."}}
                  ],
                  "grades": {"A": "Official"}
                }
              }
            }
            """;

    /** A valid job spec with the fields shared with profiles. */
    private static final String JOB = """
            {
              "$schema": "schema/job-spec.schema.json",
              "id": "x",
              "profile": "test-cn",
              "granularity": "year",
              "quality_gate": {"max_quarantined_share": 0.01},
              "codes": {"outcome": {"ACQUITTED": {"adjudicated": true, "favourable": true}}},
              "breakdowns": {"exclusion_motions": [{"column": "grounds", "multi_valued": true, "chart": false}]},
              "metrics": [
                {"id": "acquittals", "dataset": "defendant_outcomes", "kind": "count", "date": "concluded_date",
                 "numerator": {"outcome": ["ACQUITTED"]}, "show": ["headline", "trends"]}
              ]
            }
            """;

    private static Schema jobSpec;
    private static Schema profile;
    private static Schema sourceMapping;
    private static Schema metaSchema;

    @BeforeAll
    static void loadSchemas() throws IOException {
        // Each file is registered under its own file URI, so the relative $refs between them resolve as in an editor.
        Map<String, String> resources = new LinkedHashMap<>();
        for (String name : SCHEMA_FILES) {
            resources.put(uri(name), Files.readString(SCHEMA_DIR.resolve(name)));
        }
        SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getDraft202012(),
                builder -> builder.schemas(resources));
        jobSpec = load(registry, "job-spec.schema.json");
        profile = load(registry, "profile.schema.json");
        sourceMapping = load(registry, "source-mapping.schema.json");
        metaSchema = registry.getSchema(SchemaLocation.of(DRAFT_2020_12));
    }

    private static Schema load(SchemaRegistry registry, String name) {
        Schema schema = registry.getSchema(SchemaLocation.of(uri(name)));
        schema.initializeValidators(); // resolves every $ref now: a dangling one fails here
        return schema;
    }

    private static String uri(String name) {
        return SCHEMA_DIR.resolve(name).toAbsolutePath().normalize().toUri().toString();
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> errors(Schema schema, JsonNode instance) {
        return schema.validate(instance).stream().map(Error::toString).toList();
    }

    private static Stream<Path> jsonFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Stream.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static Stream<Path> jobSpecs() throws IOException {
        return jsonFiles(Path.of("jobs"));
    }

    static Stream<Path> sourceMappings() throws IOException {
        return jsonFiles(Path.of("jobs", "sources"));
    }

    static Stream<Path> profiles() throws IOException {
        return jsonFiles(Path.of("jobs", "profiles"));
    }

    // (a) the shipped files

    @ParameterizedTest(name = "{0}")
    @MethodSource("jobSpecs")
    void shippedJobSpecValidates(Path file) {
        assertThat(errors(jobSpec, read(file))).as(file.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sourceMappings")
    void shippedSourceMappingValidates(Path file) {
        assertThat(errors(sourceMapping, read(file))).as(file.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("profiles")
    void shippedProfileValidates(Path file) {
        assertThat(errors(profile, read(file))).as(file.toString()).isEmpty();
    }

    @Test
    void shippedFilesAreFound() throws IOException {
        assertThat(jobSpecs().map(p -> p.getFileName().toString()))
                .contains("annual-report.json", "quarterly-report.json", "china-published.json");
        assertThat(sourceMappings()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void inlineProfileValidates() {
        assertThat(errors(profile, parse(PROFILE))).isEmpty();
    }

    @Test
    void jobSpecWithProfileFieldsValidates() {
        assertThat(errors(jobSpec, parse(JOB))).isEmpty();
    }

    // (b) the schemas themselves

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"definitions.schema.json", "job-spec.schema.json", "profile.schema.json",
            "source-mapping.schema.json"})
    void schemaIsValidDraft202012(String name) {
        JsonNode schema = read(SCHEMA_DIR.resolve(name));
        assertThat(schema.path("$schema").asText()).isEqualTo(DRAFT_2020_12);
        assertThat(errors(metaSchema, schema)).as(name).isEmpty();
    }

    @Test
    void metaSchemaCatchesABrokenSchema() {
        assertThat(errors(metaSchema, parse("{\"type\": \"object\", \"required\": \"id\"}"))).isNotEmpty();
    }

    // (c) what must not validate

    private static ObjectNode job() {
        return (ObjectNode) parse(JOB);
    }

    private static ObjectNode profileFixture() {
        return (ObjectNode) parse(PROFILE);
    }

    @Test
    void unknownTopLevelFieldFails() {
        ObjectNode spec = job();
        spec.put("weekly", true);
        assertThat(errors(jobSpec, spec)).anyMatch(e -> e.contains("property 'weekly' is not defined"));
    }

    @Test
    void unknownNestedFieldFails() {
        ObjectNode spec = job();
        spec.putObject("quality_gate").put("max_quarantine", 0.1);
        assertThat(errors(jobSpec, spec)).anyMatch(e -> e.startsWith("/quality_gate") && e.contains("'max_quarantine'"));
    }

    @Test
    void numericGranularityFails() {
        ObjectNode spec = job();
        spec.put("granularity", 5);
        assertThat(errors(jobSpec, spec)).anyMatch(e -> e.startsWith("/granularity:"));
    }

    @Test
    void unknownMetricKindFails() {
        ObjectNode spec = job();
        ((ObjectNode) spec.withArray("metrics").get(0)).put("kind", "average");
        assertThat(errors(jobSpec, spec)).anyMatch(e -> e.startsWith("/metrics/0/kind:"));
        ObjectNode p = profileFixture();
        ((ObjectNode) p.withArray("metrics").get(0)).put("kind", "average");
        assertThat(errors(profile, p)).anyMatch(e -> e.startsWith("/metrics/0/kind:"));
    }

    @Test
    void breakdownObjectWithoutColumnFails() {
        ObjectNode p = profileFixture();
        ((ObjectNode) p.get("breakdowns").get("defendant_outcomes").get(1)).remove("column");
        assertThat(errors(profile, p)).anyMatch(e -> e.startsWith("/breakdowns/defendant_outcomes/1:")
                && e.contains("required property 'column'"));
        ObjectNode spec = job();
        ((ObjectNode) spec.get("breakdowns").get("exclusion_motions").get(0)).remove("column");
        assertThat(errors(jobSpec, spec)).anyMatch(e -> e.contains("required property 'column'"));
    }

    @Test
    void codeGroupValueThatIsAStringFails() {
        ObjectNode p = profileFixture();
        ((ObjectNode) p.get("codes").get("outcome").get("UNSUCCESSFUL")).put("adjudicated", "false");
        assertThat(errors(profile, p)).anyMatch(e -> e.startsWith("/codes/outcome/UNSUCCESSFUL/adjudicated:"));
        ObjectNode spec = job();
        ((ObjectNode) spec.get("codes").get("outcome").get("ACQUITTED")).put("favourable", "yes");
        assertThat(errors(jobSpec, spec)).anyMatch(e -> e.startsWith("/codes/outcome/ACQUITTED/favourable:"));
    }

    @Test
    void profileWithoutIdOrWithUnknownFieldFails() {
        ObjectNode p = profileFixture();
        p.remove("id");
        assertThat(errors(profile, p)).anyMatch(e -> e.contains("required property 'id'"));
        ObjectNode q = profileFixture();
        q.put("currency", "CNY");
        assertThat(errors(profile, q)).anyMatch(e -> e.contains("property 'currency' is not defined"));
    }

    @Test
    void publishedFiguresOfAnUnknownShapeFail() {
        ObjectNode kind = profileFixture();
        ((ObjectNode) kind.get("published").withArray("denominators").get(0)).put("kind", "share");
        assertThat(errors(profile, kind)).anyMatch(e -> e.startsWith("/published/denominators/0/kind:"));
        ObjectNode both = profileFixture();
        ((ObjectNode) both.get("published").get("report").withArray("sections").get(1)).putArray("columns")
                .addObject().put("label", "x").put("measure", "x");
        assertThat(errors(profile, both)).anyMatch(e -> e.startsWith("/published/report/sections/1"));
        ObjectNode label = profileFixture();
        ((ObjectNode) label.get("published").withArray("denominators").get(0)).remove("label");
        assertThat(errors(profile, label)).anyMatch(e -> e.contains("label"));
    }

    @Test
    void strictLoaderReadsPublishedFiguresAndRejectsWhatTheSchemaRejects() {
        org.judicialmetrics.storage.Location name = org.judicialmetrics.storage.Location.packaged("inline-profile.json");
        Profile read = StrictJson.read(name, PROFILE.getBytes(StandardCharsets.UTF_8), Profile.class);
        assertThat(read.published().denominator("persons_adjudicated").mainPoint())
                .isEqualTo(PublishedFigures.MainPoint.TREND);
        ObjectNode both = profileFixture();
        ((ObjectNode) both.get("published").get("report").withArray("sections").get(1)).putArray("columns")
                .addObject().put("label", "x").put("measure", "x");
        assertThatThrownBy(() -> StrictJson.read(name, both.toString().getBytes(StandardCharsets.UTF_8),
                Profile.class))
                .isInstanceOf(SpecException.class)
                .hasMessageContaining("published.report.sections[1]")
                .hasMessageContaining("either 'columns' or 'cumulative'");
    }

    @Test
    void sourceMappingRuleNeedsExactlyOneSource() {
        JsonNode both = parse("""
                {"id": "m", "target": "defendant_outcomes",
                 "fields": {"region": {"from": "Region", "constant": "Zhejiang"}}}
                """);
        assertThat(errors(sourceMapping, both)).isNotEmpty();
        JsonNode unknownRuleField = parse("""
                {"id": "m", "target": "defendant_outcomes", "fields": {"region": {"from": "Region", "default": "x"}}}
                """);
        assertThat(errors(sourceMapping, unknownRuleField)).anyMatch(e -> e.contains("default"));
        JsonNode dropWithoutReason = parse("""
                {"id": "m", "target": "defendant_outcomes", "drop": [{"column": "Row ID", "values": ["x"]}]}
                """);
        assertThat(errors(sourceMapping, dropWithoutReason)).anyMatch(e -> e.contains("required property 'reason'"));
    }

    /** A mapping using every rule of case-level exports: synthesized ids, an encoding, date formats, code matching. */
    private static final String CASE_LEVEL_MAPPING = """
            {"id": "registry", "target": "conviction_reviews", "encoding": "windows-1252",
             "fields": {
               "review_id": {"hash": ["Last Name", "First Name", "Convicted"]},
               "original_case_id": {"template": "{Last Name}|{First Name}|{Convicted}"},
               "defendant_ref": {"synthesize": "row_number"},
               "review_concluded_date": {"from": "Exonerated", "date_formats": ["M/d/yyyy", "yyyy-MM-dd"]},
               "result": {"from": "Result", "match": "ignore_case", "codes": {"Exonerated": "OVERTURNED_ACQUITTED"}}
             }}
            """;

    @Test
    void caseLevelMappingRulesValidateAndLoad() {
        assertThat(errors(sourceMapping, parse(CASE_LEVEL_MAPPING))).isEmpty();
        org.judicialmetrics.ingest.mapping.SourceMapping m = StrictJson.read(org.judicialmetrics.storage.Location.packaged("registry.json"),
                CASE_LEVEL_MAPPING.getBytes(StandardCharsets.UTF_8), org.judicialmetrics.ingest.mapping.SourceMapping.class);
        assertThat(m.encoding()).isEqualTo("windows-1252");
        assertThat(m.fields().get("review_id").hash()).containsExactly("Last Name", "First Name", "Convicted");
        assertThat(m.fields().get("review_concluded_date").dateFormats()).containsExactly("M/d/yyyy", "yyyy-MM-dd");
    }

    @Test
    void caseLevelMappingRulesOfAnUnknownShapeFail() {
        ObjectNode twoSources = (ObjectNode) parse(CASE_LEVEL_MAPPING);
        ((ObjectNode) twoSources.get("fields").get("review_id")).put("template", "{A}");
        assertThat(errors(sourceMapping, twoSources)).anyMatch(e -> e.startsWith("/fields/review_id"));
        ObjectNode synthesize = (ObjectNode) parse(CASE_LEVEL_MAPPING);
        ((ObjectNode) synthesize.get("fields").get("defendant_ref")).put("synthesize", "uuid");
        assertThat(errors(sourceMapping, synthesize)).anyMatch(e -> e.startsWith("/fields/defendant_ref"));
        ObjectNode bothFormats = (ObjectNode) parse(CASE_LEVEL_MAPPING);
        ((ObjectNode) bothFormats.get("fields").get("review_concluded_date")).put("date_format", "M/d/yyyy");
        assertThat(errors(sourceMapping, bothFormats)).anyMatch(e -> e.startsWith("/fields/review_concluded_date"));
        ObjectNode matchWithoutCodes = (ObjectNode) parse(CASE_LEVEL_MAPPING);
        ((ObjectNode) matchWithoutCodes.get("fields").get("result")).remove("codes");
        assertThat(errors(sourceMapping, matchWithoutCodes)).anyMatch(e -> e.contains("codes"));
        ObjectNode emptyHash = (ObjectNode) parse(CASE_LEVEL_MAPPING);
        ((ObjectNode) emptyHash.get("fields").get("review_id")).putArray("hash");
        assertThat(errors(sourceMapping, emptyHash)).anyMatch(e -> e.startsWith("/fields/review_id/hash"));
        ObjectNode noColumn = (ObjectNode) parse(CASE_LEVEL_MAPPING);
        ((ObjectNode) noColumn.get("fields").get("original_case_id")).put("template", "case");
        assertThat(errors(sourceMapping, noColumn)).anyMatch(e -> e.startsWith("/fields/original_case_id/template"));
        ObjectNode zone = profileFixture();
        zone.put("time_zone", "");
        assertThat(errors(profile, zone)).anyMatch(e -> e.startsWith("/time_zone"));
    }
}
