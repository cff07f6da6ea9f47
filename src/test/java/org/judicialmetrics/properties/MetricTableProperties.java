package org.judicialmetrics.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import org.judicialmetrics.metrics.Breakdown;
import org.judicialmetrics.metrics.MetricRegistry;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.report.disclosure.TableDisclosure;
import org.judicialmetrics.spec.JobSpec;
import org.judicialmetrics.testing.SparkTest;

/**
 * Invariants of the metric table the engine computes from random generated datasets (the product's generator, reader,
 * validator and {@code MetricEngine.compute}, on the shared test Spark session), at a random granularity, for every
 * period type and breakdown in it. All properties draw the same scenarios (same arbitrary and seed) and share each
 * scenario's table, so the Spark work is done once per scenario. Shrinking is off: each try costs seconds of Spark;
 * a failure reports its scenario, which reproduces it exactly.
 */
class MetricTableProperties extends SparkTest {

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Scenarios.scenarios();
    }

    @AfterContainer
    static void deleteData() {
        ScenarioData.clear();
    }

    private static List<MetricRow> rows(Scenario s) {
        return ScenarioData.table(spark(), s).rows();
    }

    private static MetricRegistry registry(Scenario s) {
        return ScenarioData.spec(s).model().metrics();
    }

    /** 1. Acquittals never exceed adjudicated defendants, granted motions never exceed decided ones, nor any rate 1. */
    @Property(tries = Scenarios.TRIES, seed = Scenarios.SEED, shrinking = ShrinkingMode.OFF)
    void partsNeverExceedTheirWholes(@ForAll("scenarios") Scenario s) {
        List<MetricRow> rows = rows(s);
        assertThat(TableChecks.countWithin(rows, "acquittals", "defendants_adjudicated")).as(s.toString()).isEmpty();
        assertThat(TableChecks.countWithin(rows, "exclusion_motions_granted", "exclusion_motions_decided"))
                .as(s.toString()).isEmpty();
        assertThat(TableChecks.ratesWithin(rows, registry(s))).as(s.toString()).isEmpty();
        assertThat(rows).as("the table has breakdown rows of every period type").extracting(MetricRow::periodType)
                .contains(s.granularity().label(), "cumulative");
    }

    /** 2. Cumulative series never decrease, per metric and breakdown value, in period order. */
    @Property(tries = Scenarios.TRIES, seed = Scenarios.SEED, shrinking = ShrinkingMode.OFF)
    void cumulativeSeriesNeverDecrease(@ForAll("scenarios") Scenario s) {
        List<MetricRow> rows = rows(s);
        assertThat(TableChecks.cumulativeNeverDecreases(rows, registry(s))).as(s.toString()).isEmpty();
    }

    /** 3. Over a single-valued breakdown, the values' counts add up to the {@code all} count, every period and metric. */
    @Property(tries = Scenarios.TRIES, seed = Scenarios.SEED, shrinking = ShrinkingMode.OFF)
    void singleValuedBreakdownsAddUpToAll(@ForAll("scenarios") Scenario s) {
        int[] checked = {0};
        assertThat(TableChecks.breakdownsAddUp(rows(s), registry(s), singleValued(ScenarioData.spec(s)),
                checked)).as(s.toString()).isEmpty();
        assertThat(checked[0]).as("sums compared").isPositive();
    }

    /** 5. Every interval contains its point estimate (rates: Wilson; era changes: Newcombe). */
    @Property(tries = Scenarios.TRIES, seed = Scenarios.SEED, shrinking = ShrinkingMode.OFF)
    void intervalsContainTheirEstimates(@ForAll("scenarios") Scenario s) {
        int[] checked = {0};
        assertThat(TableChecks.intervalsContainValues(rows(s), checked)).as(s.toString()).isEmpty();
        assertThat(checked[0]).as("intervals compared").isPositive();
    }

    /**
     * 4 (on computed tables). The public rows of the whole table publish no count below the threshold and leave no
     * relation with exactly one withheld count (see {@link DisclosureCheck} for the relations).
     */
    @Property(tries = Scenarios.TRIES, seed = Scenarios.SEED, shrinking = ShrinkingMode.OFF)
    void publishedTableRevealsNoSmallCount(@ForAll("scenarios") Scenario s) {
        JobSpec spec = ScenarioData.spec(s);
        List<MetricRow> rows = rows(s);
        int minCount = spec.disclosure().minCount();
        List<MetricRow> published = TableDisclosure.decide(rows, registry(s), minCount).publicRows(rows);
        DisclosureCheck check = new DisclosureCheck(rows, published, registry(s), singleValued(spec),
                s.granularity().label());
        assertThat(check.inconsistent()).as(s.toString()).isEmpty();
        assertThat(check.smallCountsRevealed(minCount)).as(s.toString()).isEmpty();
        assertThat(check.recoverable()).as(s.toString()).isEmpty();
        assertThat(check.relations()).as("relations checked").isPositive();
    }

    /**
     * 6. Every rate metric the job spec declares (numerator codes a random subset of its denominator codes over the
     * outcome column, sometimes narrowed to a prosecution type) has numerator &lt;= denominator in every row.
     */
    @Property(tries = Scenarios.TRIES, seed = Scenarios.SEED, shrinking = ShrinkingMode.OFF)
    void declaredRatesStayWithinTheirDenominators(@ForAll("scenarios") Scenario s) {
        List<MetricRow> rows = rows(s);
        for (DeclaredRate rate : s.declared()) {
            List<MetricRow> own = rows.stream().filter(r -> r.metricId().equals(rate.id())).toList();
            assertThat(own).as(rate + " has rows").isNotEmpty();
            assertThat(own).as(rate + " has figures").anyMatch(r -> r.numerator() != null && r.denominator() != null);
            assertThat(own).as(s + " " + rate).noneMatch(r -> r.numerator() != null && r.denominator() != null
                    && r.numerator() > r.denominator());
        }
    }

    /** The breakdowns of the job whose values each row has exactly one of. */
    static List<String> singleValued(JobSpec spec) {
        List<String> ids = new ArrayList<>();
        for (Dataset d : Dataset.values()) {
            for (Breakdown b : spec.model().breakdowns(d)) {
                if (!b.total() && !b.multiValued() && !ids.contains(b.id())) {
                    ids.add(b.id());
                }
            }
        }
        // a column single-valued in one dataset and multi-valued in another would not add up there
        for (Dataset d : Dataset.values()) {
            spec.model().breakdowns(d).stream().filter(Breakdown::multiValued).forEach(b -> ids.remove(b.id()));
        }
        return ids;
    }
}
