package org.judicialmetrics.report.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.testing.TestModel;
import org.junit.jupiter.api.Test;

/** One decision for the whole table: breakdowns, hidden complements and the links between period types. */
class TableDisclosureTest {

    @Test
    void withheldRowsLoseTheirFiguresAndGainFlagC() {
        List<MetricRow> rows = new ArrayList<>();
        long[][] regions = {{130, 12}, {3, 1}, {7, 2}, {120, 9}};
        String[] names = {"all", "A", "B", "C"};
        for (int i = 0; i < names.length; i++) {
            String b = i == 0 ? "all" : "region";
            rows.add(year(2024, b, names[i], "defendants_adjudicated", regions[i][0], null));
            rows.add(year(2024, b, names[i], "acquittals", regions[i][1], null));
            rows.add(year(2024, b, names[i], "acquittal_rate", regions[i][1], regions[i][0]));
        }
        List<MetricRow> out = TableDisclosure.decide(rows, TestModel.registry(), 5).publicRows(rows);

        assertThat(out.subList(0, 3)).as("the total").isEqualTo(rows.subList(0, 3));
        assertThat(out.get(3).numerator()).as("3 adjudicated in A").isNull();
        assertThat(out.get(3).value()).isNull();
        assertThat(out.get(3).flags()).isEqualTo("c");
        assertThat(out.get(6).flags()).as("B's 7 hides A's 3 from the total").isEqualTo("c");
        assertThat(out.get(4).numerator()).isNull();
        assertThat(out.get(5).denominator()).as("A's rate loses its withheld denominator").isNull();
        assertThat(out.get(5).ciHigh()).isNull();
        assertThat(out.get(8).value()).isNull();
        assertThat(out.subList(9, 12)).as("9 of 120 is published: A and B hide each other").isEqualTo(rows.subList(9, 12));
    }

    @Test
    void aNumeratorCloseToItsDenominatorIsWithheldLikeTheComplementItWouldPublish() {
        List<MetricRow> rows = List.of(
                year(2024, "all", "all", "exclusion_motions_decided", 20, null),
                year(2024, "all", "all", "exclusion_motions_granted", 17, null),
                year(2024, "all", "all", "exclusion_grant_rate", 17, 20L),
                year(2024, "all", "all", "convictions_reviewed", 40, null),
                year(2024, "all", "all", "convictions_overturned", 12, null),
                year(2024, "all", "all", "overturn_rate", 12, 40L));
        List<MetricRow> out = TableDisclosure.decide(rows, TestModel.registry(), 5).publicRows(rows);

        assertThat(out.get(0)).as("the denominator stays").isEqualTo(rows.get(0));
        assertThat(out.get(1).numerator()).as("17 of 20 would publish 3 denied").isNull();
        assertThat(out.get(2).numerator()).isNull();
        assertThat(out.get(2).value()).isNull();
        assertThat(out.get(2).denominator()).isEqualTo(20L);
        assertThat(out.subList(3, 6)).as("28 not overturned is no small count").isEqualTo(rows.subList(3, 6));
    }

    @Test
    void aSmallYearCannotBeRecoveredFromConsecutiveCumulativeTotals() {
        List<MetricRow> rows = new ArrayList<>();
        long[] perYear = {40, 30, 2, 50};
        long running = 0;
        for (int i = 0; i < perYear.length; i++) {
            running += perYear[i];
            rows.add(year(2021 + i, "all", "all", "convictions_overturned", perYear[i], null));
            rows.add(cumulative(2021 + i, "convictions_overturned", running));
        }
        TableDisclosure d = TableDisclosure.decide(rows, TestModel.registry(), 5);
        List<MetricRow> out = d.publicRows(rows);

        assertThat(out.get(4).numerator()).as("2023's 2").isNull();
        assertThat(out.get(3).numerator() == null || out.get(5).numerator() == null)
                .as("cumulative 2022 or 2023 withheld, else 2023 = their difference").isTrue();
        assertThat(unknownsOf(out, List.of(5), List.of(3, 4))).isNotEqualTo(1);
        assertThat(unknownsOf(out, List.of(7), List.of(5, 6))).as("2024 = cum 2024 - cum 2023").isNotEqualTo(1);
        assertThat(unknownsOf(out, List.of(5), List.of(0, 2, 4))).as("cum 2023 = 2021 + 2022 + 2023").isNotEqualTo(1);
        assertThat(unknownsOf(out, List.of(7), List.of(0, 2, 4, 6))).isNotEqualTo(1);
    }

    @Test
    void smallAcquittalsCostTheirHiddenComplementNotTheAdjudicatedDefendants() {
        List<MetricRow> rows = new ArrayList<>();
        long[][] regions = {{1200, 3}, {300, 0}, {400, 1}, {500, 2}};
        String[] names = {"all", "A", "B", "C"};
        for (int i = 0; i < names.length; i++) {
            String b = i == 0 ? "all" : "region";
            rows.add(year(2024, b, names[i], "defendants_adjudicated", regions[i][0], null));
            rows.add(year(2024, b, names[i], "acquittals", regions[i][1], null));
            rows.add(year(2024, b, names[i], "acquittal_rate", regions[i][1], regions[i][0]));
        }
        TableDisclosure d = TableDisclosure.decide(rows, TestModel.registry(), 5);
        for (int i = 0; i < names.length; i++) {
            assertThat(d.numeratorWithheld(rows.get(3 * i))).as("adjudicated in " + names[i]).isFalse();
            assertThat(d.numeratorWithheld(rows.get(3 * i + 1))).as("acquittals in " + names[i]).isTrue();
        }
    }

    @Test
    void aSmallLatestYearCostsTheLatestCumulativeTotalOnly() {
        List<MetricRow> rows = chain(new long[] {40, 30, 50, 2});
        List<MetricRow> out = TableDisclosure.decide(rows, TestModel.registry(), 5).publicRows(rows);

        assertThat(out.get(6).numerator()).as("2024's 2").isNull();
        assertThat(out.get(7).numerator()).as("cumulative 2024").isNull();
        for (int i = 0; i < 6; i++) {
            assertThat(out.get(i)).as("row %d: earlier years and totals stay", i).isEqualTo(rows.get(i));
        }
    }

    @Test
    void aSmallFirstYearDoesNotCostEveryLaterCumulativeTotal() {
        List<MetricRow> rows = chain(new long[] {2, 30, 50, 40});
        List<MetricRow> out = TableDisclosure.decide(rows, TestModel.registry(), 5).publicRows(rows);

        assertThat(out.get(0).numerator()).isNull();
        assertThat(out.get(1).numerator()).as("cumulative 2021 is 2021").isNull();
        assertThat(out.subList(4, 8)).as("2023 and 2024 with their totals").isEqualTo(rows.subList(4, 8));
        assertThat(unknownsOf(out, List.of(3), List.of(1, 2))).isNotEqualTo(1);
    }

    /** Per year a count and its cumulative total since the first: rows year, cumulative, year, cumulative, ... */
    private static List<MetricRow> chain(long[] perYear) {
        List<MetricRow> rows = new ArrayList<>();
        long running = 0;
        for (int i = 0; i < perYear.length; i++) {
            running += perYear[i];
            rows.add(year(2021 + i, "all", "all", "convictions_overturned", perYear[i], null));
            rows.add(cumulative(2021 + i, "convictions_overturned", running));
        }
        return rows;
    }

    @Test
    void quartersAddUpToTheirYearAndAnEraToItsYears() {
        List<MetricRow> rows = new ArrayList<>();
        long[] quarters = {30, 3, 40, 50};
        for (int q = 0; q < 4; q++) {
            LocalDate start = LocalDate.of(2024, 3 * q + 1, 1);
            rows.add(row("quarter", "2024-Q" + (q + 1), start, start.plusMonths(3).minusDays(1), "all", "all",
                    "acquittals", quarters[q], null));
        }
        rows.add(year(2024, "all", "all", "acquittals", 123, null));
        rows.add(year(2023, "all", "all", "acquittals", 77, null));
        rows.add(row("era", "reform", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31), "all", "all", "acquittals",
                200, null));
        List<MetricRow> out = TableDisclosure.decide(rows, TestModel.registry(), 5).publicRows(rows);

        assertThat(out.get(1).numerator()).isNull();
        assertThat(unknownsOf(out, List.of(4), List.of(0, 1, 2, 3))).as("the year and its quarters").isNotEqualTo(1);
        assertThat(unknownsOf(out, List.of(6), List.of(5, 4))).as("the era and its years").isNotEqualTo(1);
    }

    @Test
    void countsPublishedBeforeStayAsTheyWereAndTheNewPeriodIsProtectedWithNewCells() {
        List<MetricRow> rows = List.of(
                year(2023, "all", "all", "convictions_overturned", 40, null),
                cumulative(2023, "convictions_overturned", 100),
                year(2024, "all", "all", "convictions_overturned", 2, null),
                cumulative(2024, "convictions_overturned", 102));
        Set<String> old = Set.of("2023");
        List<MetricRow> published = rows.subList(0, 2);
        TableDisclosure d = TableDisclosure.decide(rows, TestModel.registry(), 5,
                r -> old.contains(r.periodLabel()), published);
        List<MetricRow> out = d.publicRows(rows);

        assertThat(out.subList(0, 2)).as("published before: not withdrawn now").isEqualTo(rows.subList(0, 2));
        assertThat(out.get(2).numerator()).isNull();
        assertThat(out.get(3).numerator()).as("cumulative 2024 = 100 + 2024's count: withheld").isNull();
    }

    @Test
    void aCountWithheldWhenItsPartitionWasPublishedStaysWithheld() {
        List<MetricRow> rows = List.of(
                year(2023, "all", "all", "convictions_overturned", 40, null),
                cumulative(2023, "convictions_overturned", 100),
                cumulative(2024, "convictions_overturned", 150),
                year(2024, "all", "all", "convictions_overturned", 50, null));
        List<MetricRow> published = List.of(rows.get(0), withheld(rows.get(1)));
        TableDisclosure d = TableDisclosure.decide(rows, TestModel.registry(), 5,
                r -> r.periodLabel().equals("2023"), published);
        List<MetricRow> out = d.publicRows(rows);

        assertThat(out.get(1).numerator()).as("withheld then").isNull();
        assertThat(unknownsOf(out, List.of(2), List.of(1, 3))).as("150 - 50 would give it back").isNotEqualTo(1);
    }

    @Test
    void anEraComparisonIsWithheldWithEitherErasRate() {
        MetricRow later = row("era", "b", LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31), "all", "all",
                "acquittal_rate", 2, 900L);
        MetricRow laterCount = row("era", "b", LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31), "all", "all",
                "acquittals", 2, null);
        MetricRow change = row("era", "b", LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31), "era_change",
                "b vs a", "acquittal_rate", null, null);
        TableDisclosure d = TableDisclosure.decide(List.of(later, laterCount, change), TestModel.registry(), 5);

        assertThat(d.withheld(change)).isTrue();
    }

    /** Unknowns of a relation: how many of its cells the public rows withhold. */
    private static int unknownsOf(List<MetricRow> out, List<Integer> total, List<Integer> parts) {
        int n = 0;
        for (int i : total) {
            n += out.get(i).numerator() == null ? 1 : 0;
        }
        for (int i : parts) {
            n += out.get(i).numerator() == null ? 1 : 0;
        }
        return n;
    }

    private static MetricRow withheld(MetricRow r) {
        return new MetricRow(r.jobId(), r.runId(), r.periodType(), r.periodLabel(), r.periodStart(), r.periodEnd(),
                r.breakdown(), r.breakdownValue(), r.metricId(), null, null, null, null, null, "c", r.status(),
                r.definitionVersion());
    }

    private static MetricRow year(int year, String breakdown, String value, String metric, long x, Long n) {
        return row("year", Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), breakdown,
                value, metric, x, n);
    }

    private static MetricRow cumulative(int year, String metric, long x) {
        return row("cumulative", Integer.toString(year), LocalDate.of(2021, 1, 1), LocalDate.of(year, 12, 31), "all",
                "all", metric, x, null);
    }

    private static MetricRow row(String type, String label, LocalDate start, LocalDate end, String breakdown,
            String value, String metric, Long x, Long n) {
        Double v = x == null ? null : n == null ? (double) x : (double) x / n;
        return new MetricRow("j", "r", type, label, start, end, breakdown, value, metric, x, n, v,
                v == null ? null : v * 0.9, v == null ? null : v * 1.1, "", "final", "1");
    }

    private static MetricRow row(String type, String label, LocalDate start, LocalDate end, String breakdown,
            String value, String metric, long x, Long n) {
        return row(type, label, start, end, breakdown, value, metric, Long.valueOf(x), n);
    }
}
