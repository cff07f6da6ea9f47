package org.judicialmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.judicialmetrics.model.Dataset;
import org.junit.jupiter.api.Test;

/** The registry against the contract of spec section 4, without Spark. */
class MetricRegistryTest {

    @Test
    void declaresExactlyTheSpecsMetricIdsInOrder() {
        assertThat(MetricRegistry.all()).extracting(MetricDefinition::id).containsExactly(
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
        for (MetricDefinition m : MetricRegistry.all()) {
            assertThat(m.columns()).as(m.id()).allMatch(c -> m.requiredDatasets().stream()
                    .anyMatch(d -> d.column(c).isPresent()));
            assertThat(m.definition()).as(m.id()).endsWith(".");
            assertThat(m.numeratorText()).as(m.id()).isNotBlank();
            assertThat(m.denominatorText().isBlank()).as(m.id()).isEqualTo(m.kind() != MetricKind.RATE);
            assertThat(m.definitionVersion()).as(m.id()).isNotBlank();
        }
    }

    @Test
    void periodDatesFollowTheSpec() {
        assertThat(MetricRegistry.byId("exclusion_motions_filed").orElseThrow().columns()).startsWith("filed_date");
        assertThat(MetricRegistry.byId("exclusion_motions_decided").orElseThrow().columns()).startsWith("decided_date");
        assertThat(MetricRegistry.byId("acquittal_rate").orElseThrow().columns()).startsWith("concluded_date");
        assertThat(MetricRegistry.byId("overturn_rate").orElseThrow().columns()).startsWith("review_concluded_date");
    }

    @Test
    void breakdownsFollowTheDataset() {
        assertThat(MetricRegistry.byId("acquittal_rate").orElseThrow().breakdowns()).extracting(Breakdown::id)
                .containsExactly("all", "region", "court_level", "proceeding", "prosecution_type",
                        "offense_category");
        assertThat(MetricRegistry.byId("exclusion_grant_rate").orElseThrow().breakdowns()).extracting(Breakdown::id)
                .containsExactly("all", "region", "court_level", "stage", "applicant", "evidence_type",
                        "alleged_method");
        assertThat(MetricRegistry.byId("overturn_rate").orElseThrow().breakdowns()).extracting(Breakdown::id)
                .containsExactly("all", "region", "court_level", "review_type", "grounds");
        for (Breakdown b : Breakdown.values()) {
            if (b != Breakdown.ALL) {
                List<Dataset> applying = List.of(Dataset.values()).stream().filter(b::appliesTo).toList();
                assertThat(applying).as(b.id()).allMatch(d -> d.column(b.id()).isPresent());
            }
        }
    }

    @Test
    void linkedMetricsNeedTheMotions() {
        assertThat(MetricRegistry.byId("exclusion_application_rate").orElseThrow().requiredDatasets())
                .containsExactlyInAnyOrder(Dataset.DEFENDANT_OUTCOMES, Dataset.EXCLUSION_MOTIONS);
        assertThat(MetricRegistry.byId("acquittal_rate").orElseThrow().requiredDatasets())
                .containsExactly(Dataset.DEFENDANT_OUTCOMES);
    }

    @Test
    void sharedMeasuresAreAggregatedOnce() {
        // adjudicated is the denominator of acquittal_rate, withdrawal_ratio and exclusion_application_rate.
        assertThat(MetricRegistry.measures(Dataset.DEFENDANT_OUTCOMES)).extracting(Measure::name)
                .doesNotHaveDuplicates().containsOnlyOnce("adjudicated");
    }
}
