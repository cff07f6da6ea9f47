package org.judicialmetrics.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.judicialmetrics.metrics.MetricRegistry;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.metrics.stats.Confidence;
import org.judicialmetrics.metrics.stats.Interval;
import org.judicialmetrics.metrics.stats.Wilson;
import org.judicialmetrics.report.disclosure.TableDisclosure;
import org.judicialmetrics.testing.TestModel;

/**
 * 4. Suppression never reveals a value, on random small tables built as rows directly (no Spark, many tries, shrunk
 * on failure): years from 2012 (the baseline) with their cumulative rows, {@code all} and one to four regions, the
 * outcome, motion and review counts with their rates and the withdrawal ratio, consistent by construction and small
 * enough that many counts fall below the threshold. {@link DisclosureCheck} reads the public rows with its own
 * relations.
 */
class DisclosureProperties {

    private static final MetricRegistry REGISTRY = TestModel.registry();
    private static final Confidence CONFIDENCE = new Confidence(0.95);
    /** Per year and region: adjudicated, acquitted, withdrawn, decided, granted, reviewed, overturned. */
    private static final int FIGURES = 7;

    /** A random table: years, regions, threshold and the figures (parts drawn as a share of their wholes). */
    record Table(int years, int regions, int minCount, List<Integer> figures) {
    }

    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1, 5);
        Arbitrary<Integer> regions = Arbitraries.integers().between(1, 4);
        Arbitrary<Integer> minCount = Arbitraries.of(3, 5, 10);
        return Combinators.combine(years, regions, minCount).flatAs((y, r, m) -> Arbitraries.integers().between(0, 30)
                .list().ofSize(y * r * FIGURES).map(f -> new Table(y, r, m, f)));
    }

    @Property(tries = 300, seed = "20240101")
    void publicRowsRevealNoSmallOrRecoverableCount(@ForAll("tables") Table t) {
        List<MetricRow> rows = rows(t);
        List<MetricRow> published = TableDisclosure.decide(rows, REGISTRY, t.minCount()).publicRows(rows);
        DisclosureCheck check = new DisclosureCheck(rows, published, REGISTRY, List.of("region"), "year");
        assertThat(check.inconsistent()).isEmpty();
        assertThat(check.smallCountsRevealed(t.minCount())).isEmpty();
        assertThat(check.recoverable()).isEmpty();
        assertThat(check.relations()).isPositive();
    }

    /** The table's rows: every year and cumulative period, {@code all} and each region, every metric built here. */
    static List<MetricRow> rows(Table t) {
        long[][][] cells = new long[t.years()][t.regions()][];
        int at = 0;
        for (int y = 0; y < t.years(); y++) {
            for (int r = 0; r < t.regions(); r++) {
                long[] f = new long[FIGURES];
                for (int i = 0; i < FIGURES; i++) {
                    f[i] = t.figures().get(at++);
                }
                f[1] = f[1] % (f[0] + 1); // acquitted within adjudicated
                f[4] = f[4] % (f[3] + 1); // granted within decided
                f[6] = f[6] % (f[5] + 1); // overturned within reviewed
                cells[y][r] = f;
            }
        }
        List<MetricRow> rows = new ArrayList<>();
        for (int y = 0; y < t.years(); y++) {
            int year = 2012 + y;
            for (boolean cumulative : new boolean[] {false, true}) {
                LocalDate start = cumulative ? LocalDate.of(2012, 1, 1) : LocalDate.of(year, 1, 1);
                String type = cumulative ? "cumulative" : "year";
                long[] total = new long[FIGURES];
                for (int r = 0; r < t.regions(); r++) {
                    long[] f = new long[FIGURES];
                    for (int from = cumulative ? 0 : y; from <= y; from++) {
                        for (int i = 0; i < FIGURES; i++) {
                            f[i] += cells[from][r][i];
                        }
                    }
                    for (int i = 0; i < FIGURES; i++) {
                        total[i] += f[i];
                    }
                    add(rows, type, year, start, "region", "R" + r, f);
                }
                add(rows, type, year, start, "all", "all", total);
            }
        }
        return rows;
    }

    private static void add(List<MetricRow> rows, String type, int year, LocalDate start, String breakdown,
            String value, long[] f) {
        LocalDate end = LocalDate.of(year, 12, 31);
        String label = Integer.toString(year);
        rows.add(count(type, label, start, end, breakdown, value, "defendants_adjudicated", f[0]));
        rows.add(count(type, label, start, end, breakdown, value, "acquittals", f[1]));
        rows.add(rate(type, label, start, end, breakdown, value, "acquittal_rate", f[1], f[0], true));
        rows.add(count(type, label, start, end, breakdown, value, "prosecution_withdrawals", f[2]));
        rows.add(rate(type, label, start, end, breakdown, value, "withdrawal_ratio", f[2], f[0], false));
        rows.add(count(type, label, start, end, breakdown, value, "exclusion_motions_decided", f[3]));
        rows.add(count(type, label, start, end, breakdown, value, "exclusion_motions_granted", f[4]));
        rows.add(rate(type, label, start, end, breakdown, value, "exclusion_grant_rate", f[4], f[3], true));
        rows.add(count(type, label, start, end, breakdown, value, "convictions_reviewed", f[5]));
        rows.add(count(type, label, start, end, breakdown, value, "convictions_overturned", f[6]));
        rows.add(rate(type, label, start, end, breakdown, value, "overturn_rate", f[6], f[5], true));
    }

    private static MetricRow count(String type, String label, LocalDate start, LocalDate end, String breakdown,
            String value, String metric, long n) {
        return new MetricRow("job", "run", type, label, start, end, breakdown, value, metric, n, null, (double) n,
                null, null, "", "final", "1");
    }

    private static MetricRow rate(String type, String label, LocalDate start, LocalDate end, String breakdown,
            String value, String metric, long x, long n, boolean interval) {
        Interval ci = interval && n > 0 ? Wilson.interval(x, n, CONFIDENCE) : null;
        return new MetricRow("job", "run", type, label, start, end, breakdown, value, metric, x, n,
                n == 0 ? null : (double) x / n, ci == null ? null : ci.low(), ci == null ? null : ci.high(),
                n == 0 ? "z" : "", "final", "1");
    }
}
