package org.judicialmetrics.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Flag {@code r}: set where the figures of a row changed since the table published it, kept once set. */
class RevisionsTest {

    private static MetricRow row(String metric, Long numerator, Double value, String flags) {
        return new MetricRow("j", "run", "year", "2019", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), "all",
                "all", metric, numerator, null, value, null, null, flags, "final", "1");
    }

    private static String flagsOf(MetricTable t, String metric) {
        return t.rows().stream().filter(r -> r.metricId().equals(metric)).findFirst().orElseThrow().flags();
    }

    @Test
    void changedFiguresAreRevisedAndUnchangedOnesAreNot() {
        MetricTable now = new MetricTable(List.of(row("acquittals", 12L, 12.0, ""), row("reviews", 5L, 5.0, "p"),
                row("motions", 3L, 3.0, ""), row("hidden", 2L, null, "c"), row("new", 1L, 1.0, "")));
        List<MetricRow> before = List.of(row("acquittals", 11L, 11.0, ""), row("reviews", 5L, 5.0, "p"),
                row("motions", 3L, 3.0, "r"), row("hidden", 3L, null, "c"));

        MetricTable marked = Revisions.mark(now, before);

        assertThat(flagsOf(marked, "acquittals")).isEqualTo("r");
        assertThat(flagsOf(marked, "reviews")).as("unchanged").isEqualTo("p");
        assertThat(flagsOf(marked, "motions")).as("revised once, revised since first published").isEqualTo("r");
        assertThat(flagsOf(marked, "hidden")).as("suppressed figures were not published").isEqualTo("c");
        assertThat(flagsOf(marked, "new")).as("never published before").isEmpty();
        assertThat(Revisions.count(marked, Set.of(new MetricPartition("year", "2019")))).isEqualTo(2);
        assertThat(Revisions.count(marked, Set.of(new MetricPartition("year", "2020")))).isZero();
    }

    @Test
    void anEraThatNowEndsLaterIsANewFigureNotARevision() {
        MetricRow now = new MetricRow("j", "run", "era", "exclusion-rules-2017", LocalDate.of(2017, 6, 27),
                LocalDate.of(2025, 12, 31), "all", "all", "acquittals", 20L, null, 20.0, null, null, "", "final", "1");
        MetricRow before = new MetricRow("j", "old", "era", "exclusion-rules-2017", LocalDate.of(2017, 6, 27),
                LocalDate.of(2024, 12, 31), "all", "all", "acquittals", 18L, null, 18.0, null, null, "r", "final", "1");

        assertThat(Revisions.mark(new MetricTable(List.of(now)), List.of(before)).rows().get(0).flags()).isEmpty();
    }

    @Test
    void theFixedOrderOfSymbolsIsKept() {
        MetricTable marked = Revisions.mark(new MetricTable(List.of(row("rate", 2L, 0.2, "upb"))),
                List.of(row("rate", 3L, 0.3, "up")));

        assertThat(flagsOf(marked, "rate")).isEqualTo("uprb");
    }
}
