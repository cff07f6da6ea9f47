package org.judicialmetrics.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.judicialmetrics.metrics.Breakdown;
import org.judicialmetrics.metrics.MetricDefinition;
import org.judicialmetrics.metrics.MetricKind;
import org.judicialmetrics.model.ColumnType;
import org.judicialmetrics.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles, declared breakdowns, metrics and codes resolved before Spark starts: precedence, and a message naming the
 * file, the field and what exists for every mistake.
 */
class JobModelTest {

    @TempDir
    Path dir;

    private JobSpec spec(String body) throws IOException {
        return JobSpecLoader.read(Files.writeString(dir.resolve("job.json"),
                "{\"id\": \"job\", \"granularity\": \"year\", " + body + "}"));
    }

    private void fails(String body, String... message) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"),
                "{\"id\": \"bad\", \"granularity\": \"year\", " + body + "}");
        var thrown = assertThatThrownBy(() -> JobSpecLoader.read(file)).isInstanceOf(SpecException.class)
                .hasMessageStartingWith(file.toString());
        for (String m : message) {
            thrown.hasMessageContaining(m);
        }
    }

    @Test
    void aSpecDeclaresBreakdownsAndMetricsBesideTheProfiles() throws IOException {
        JobSpec spec = spec("""
                "breakdowns": {"defendant_outcomes": ["region", {"column": "sex", "values": ["F", "M"],
                  "label": "Sex"}, "age_group"]},
                "metrics": [{"id": "conviction_rate", "dataset": "defendant_outcomes", "kind": "rate",
                  "numerator": {"outcome": ["CONVICTED"]}, "denominator": {"outcome": ["@adjudicated"]}}]
                """);
        JobModel model = spec.model();
        assertThat(model.breakdowns(Dataset.DEFENDANT_OUTCOMES)).extracting(Breakdown::id)
                .containsExactly("all", "region", "sex", "age_group");
        assertThat(model.schema(Dataset.DEFENDANT_OUTCOMES).column("sex").orElseThrow().type())
                .isEqualTo(ColumnType.CODE);
        assertThat(model.schema(Dataset.DEFENDANT_OUTCOMES).column("age_group").orElseThrow().type())
                .isEqualTo(ColumnType.STRING);
        assertThat(model.schema(Dataset.DEFENDANT_OUTCOMES).requiredNames()).contains("sex", "age_group");
        // the other datasets keep the built-in lists; the profile's metrics stay, the declared one comes last
        assertThat(model.breakdowns(Dataset.CONVICTION_REVIEWS)).extracting(Breakdown::id)
                .containsExactly("all", "region", "court_level", "review_type", "grounds");
        assertThat(model.metrics().all()).hasSize(26);
        MetricDefinition rate = model.metrics().byId("conviction_rate").orElseThrow();
        assertThat(rate.denominator()).isSameAs(model.metrics().byId("acquittal_rate").orElseThrow().denominator());
        assertThat(rate.numerator().codes()).containsExactly("CONVICTED");
        assertThat(spec.eras()).extracting(e -> e.id()).containsExactly("pre-2013", "cpl-2012",
                "exclusion-rules-2017");
    }

    @Test
    void addedCodesKeepTheBuiltInMetricsRight() throws IOException {
        JobSpec spec = spec("""
                "codes": {"outcome": {"UNSUCCESSFUL": {"adjudicated": false}, "DISMISSED": {"adjudicated": true}}},
                "metrics": [{"id": "unsuccessful", "dataset": "defendant_outcomes",
                  "numerator": {"outcome": ["UNSUCCESSFUL"]}}]
                """);
        assertThat(spec.model().metrics().byId("acquittal_rate").orElseThrow().denominator().codes())
                .containsExactlyInAnyOrder("CONVICTED", "ACQUITTED", "EXEMPT_FROM_PUNISHMENT", "NOT_CRIMINALLY_LIABLE",
                        "DISMISSED");
        assertThat(spec.model().schema(Dataset.DEFENDANT_OUTCOMES).column("outcome").orElseThrow().codes())
                .contains("UNSUCCESSFUL", "DISMISSED", "CONVICTED");
        assertThat(spec.model().metrics().byId("unsuccessful").orElseThrow().kind()).isEqualTo(MetricKind.COUNT);
    }

    @Test
    void theSpecsEntryReplacesTheProfilesMetricOfTheSameId() throws IOException {
        JobSpec spec = spec("""
                "metrics": [{"id": "withdrawal_ratio", "dataset": "defendant_outcomes", "kind": "ratio",
                  "label": "Withdrawals per adjudication", "numerator": {"outcome": ["PROSECUTION_WITHDRAWN"]},
                  "denominator": {"outcome": ["CONVICTED"]}}]
                """);
        assertThat(spec.model().metrics().all()).hasSize(25);
        assertThat(spec.model().metrics().byId("withdrawal_ratio").orElseThrow().label())
                .isEqualTo("Withdrawals per adjudication");
    }

    @Test
    void aProfileWithoutErasHasNone() throws IOException {
        JobSpec spec = spec("\"profile\": \"us\"");
        assertThat(spec.eras()).isEmpty();
        assertThat(spec.model().jurisdiction()).isEqualTo("US");
        assertThat(spec.model().metrics().byId("conviction_rate")).isPresent();
        assertThat(spec.model().breakdowns(Dataset.DEFENDANT_OUTCOMES)).extracting(Breakdown::id)
                .contains("race_ethnicity", "sex", "age_group");
    }

    @Test
    void mistakesNameTheFileTheFieldAndWhatExists() throws IOException {
        fails("\"metrics\": [{\"id\": \"x\", \"dataset\": \"defendant_outcomes\", \"numerator\": {\"gender\": [\"F\"]}}]",
                "field 'metrics[0].numerator.gender'", "defendant_outcomes has no column 'gender'", "outcome");
        fails("\"metrics\": [{\"id\": \"x\", \"dataset\": \"defendant_outcomes\", \"numerator\": {\"outcome\": [\"CONVICTD\"]}}]",
                "field 'metrics[0].numerator.outcome'", "'CONVICTD' is not a code of outcome", "CONVICTED");
        fails("\"metrics\": [{\"id\": \"x\", \"dataset\": \"defendant_outcomes\", \"numerator\": {\"outcome\": [\"@guilty\"]}}]",
                "no code of outcome is in group 'guilty'", "adjudicated");
        fails("\"metrics\": [{\"id\": \"x\", \"dataset\": \"defendant_outcomes\", \"kind\": \"rate\","
                        + " \"numerator\": {\"outcome\": [\"PROSECUTION_WITHDRAWN\"]}, \"denominator\": {\"outcome\": [\"@adjudicated\"]}}]",
                "field 'metrics[0].numerator'", "use kind ratio");
        fails("\"metrics\": [{\"id\": \"x\", \"dataset\": \"defendant_outcomes\", \"kind\": \"average\"}]",
                "field 'metrics[0].kind'", "count, rate, ratio, sum, median");
        fails("\"metrics\": [{\"id\": \"x\", \"dataset\": \"cases\"}]", "field 'metrics[0].dataset'",
                "defendant_outcomes, exclusion_motions, conviction_reviews");
        fails("\"metrics\": [{\"id\": \"x\", \"dataset\": \"conviction_reviews\", \"kind\": \"sum\", \"value\": \"result\"}]",
                "field 'metrics[0].value'", "years_in_custody");
        fails("\"metrics\": [{\"id\": \"x\", \"dataset\": \"defendant_outcomes\", \"date\": \"outcome\"}]",
                "field 'metrics[0].date'", "concluded_date");
        fails("\"breakdowns\": {\"defendant_outcomes\": [\"concluded_date\"]}",
                "field 'breakdowns.defendant_outcomes[0].column'", "a breakdown reads a code or text column");
        fails("\"breakdowns\": {\"defendant_outcomes\": [{\"column\": \"court_level\", \"values\": [\"LOCAL\"]}]}",
                "field 'breakdowns.defendant_outcomes[0].values'", "'LOCAL' is not a code of court_level");
        fails("\"breakdowns\": {\"cases\": [\"region\"]}", "field 'breakdowns.cases'", "not a dataset");
        fails("\"breakdowns\": {\"defendant_outcomes\": [\"region\", \"region\"]}", "region is listed twice");
        fails("\"codes\": {\"sex\": {\"F\": {}}}", "field 'codes.sex'", "not a code column", "outcome");
        fails("\"profile\": \"xx\"", "field 'profile'", "no profile 'xx'");
    }
}
