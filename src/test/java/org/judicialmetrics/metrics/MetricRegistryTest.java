package org.judicialmetrics.metrics;

import org.judicialmetrics.testing.TestModel;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.spec.JobModel;
import org.junit.jupiter.api.Test;

/** The cn profile's registry against the contract of spec section 4, without Spark. */
class MetricRegistryTest {

    @Test
    void declaresExactlyTheSpecsMetricIdsInOrder() {
        assertThat(TestModel.registry().all()).extracting(MetricDefinition::id).containsExactly(
                "defendants_adjudicated", "acquittals", "acquittal_rate", "acquittal_rate_public",
                "acquittal_rate_private", "acquittals_insufficient_evidence", "insufficient_evidence_share",
                "prosecution_withdrawals", "withdrawal_ratio", "exclusion_motions_filed", "exclusion_motions_decided",
                "exclusion_motions_granted", "exclusion_grant_rate", "evidence_items_excluded",
                "exclusion_motions_at_investigation", "exclusion_application_rate", "acquittals_after_exclusion",
                "convictions_reviewed", "convictions_overturned", "overturned_to_acquittal", "overturn_rate",
                "median_years_to_correction", "years_in_custody_total", "compensation_total",
                "major_wrongful_convictions_corrected");
    }

    @Test
    void everyMetricReadsOnlyColumnsOfItsDatasets() {
        for (MetricDefinition m : TestModel.registry().all()) {
            assertThat(m.columns()).as(m.id()).allMatch(c -> m.requiredDatasets().stream()
                    .anyMatch(d -> d.column(c).isPresent()));
            assertThat(m.label() == null || !m.label().isBlank()).as(m.id()).isTrue();
            assertThat(m.definition()).as(m.id()).endsWith(".");
            assertThat(m.numeratorText()).as(m.id()).isNotBlank();
            assertThat(m.denominatorText().isBlank()).as(m.id()).isEqualTo(!m.kind().divides());
            assertThat(m.definitionVersion()).as(m.id()).isNotBlank();
        }
    }

    @Test
    void periodDatesFollowTheSpec() {
        assertThat(TestModel.registry().byId("exclusion_motions_filed").orElseThrow().columns()).startsWith("filed_date");
        assertThat(TestModel.registry().byId("exclusion_motions_decided").orElseThrow().columns()).startsWith("decided_date");
        assertThat(TestModel.registry().byId("acquittal_rate").orElseThrow().columns()).startsWith("concluded_date");
        assertThat(TestModel.registry().byId("overturn_rate").orElseThrow().columns()).startsWith("review_concluded_date");
    }

    @Test
    void breakdownsFollowTheDataset() {
        JobModel model = TestModel.cn();
        assertThat(model.breakdowns(Dataset.DEFENDANT_OUTCOMES)).extracting(Breakdown::id)
                .containsExactly("all", "region", "court_level", "proceeding", "prosecution_type",
                        "offense_category");
        assertThat(model.breakdowns(Dataset.EXCLUSION_MOTIONS)).extracting(Breakdown::id)
                .containsExactly("all", "region", "court_level", "stage", "applicant", "evidence_type",
                        "alleged_method");
        assertThat(model.breakdowns(Dataset.CONVICTION_REVIEWS)).extracting(Breakdown::id)
                .containsExactly("all", "region", "court_level", "review_type", "grounds");
        assertThat(model.breakdowns(Dataset.CONVICTION_REVIEWS)).filteredOn(Breakdown::multiValued)
                .extracting(Breakdown::id).containsExactly("grounds");
        for (Dataset d : Dataset.values()) {
            assertThat(model.breakdowns(d)).filteredOn(b -> !b.total()).as(d.id())
                    .allMatch(b -> d.column(b.id()).isPresent());
        }
    }

    @Test
    void linkedMetricsNeedTheMotions() {
        assertThat(TestModel.registry().byId("exclusion_application_rate").orElseThrow().requiredDatasets())
                .containsExactlyInAnyOrder(Dataset.DEFENDANT_OUTCOMES, Dataset.EXCLUSION_MOTIONS);
        assertThat(TestModel.registry().byId("acquittal_rate").orElseThrow().requiredDatasets())
                .containsExactly(Dataset.DEFENDANT_OUTCOMES);
    }

    @Test
    void sharedMeasuresAreAggregatedOnce() {
        // adjudicated is the denominator of acquittal_rate, withdrawal_ratio and exclusion_application_rate.
        List<Measure> measures = TestModel.registry().measures(Dataset.DEFENDANT_OUTCOMES);
        assertThat(measures).extracting(Measure::name).doesNotHaveDuplicates();
        Measure adjudicated = TestModel.registry().byId("acquittal_rate").orElseThrow().denominator();
        assertThat(TestModel.registry().byId("withdrawal_ratio").orElseThrow().denominator()).isSameAs(adjudicated);
        assertThat(TestModel.registry().byId("exclusion_application_rate").orElseThrow().denominator())
                .isSameAs(adjudicated);
        assertThat(TestModel.registry().byId("defendants_adjudicated").orElseThrow().numerator()).isSameAs(adjudicated);
        assertThat(adjudicated.codes()).containsExactlyInAnyOrder("CONVICTED", "ACQUITTED", "EXEMPT_FROM_PUNISHMENT",
                "NOT_CRIMINALLY_LIABLE");
    }
}
