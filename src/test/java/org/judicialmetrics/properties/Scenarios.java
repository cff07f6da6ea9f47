package org.judicialmetrics.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.judicialmetrics.period.PeriodType;

/**
 * The random generated datasets of the properties: size, seed, years within 2012..2024, dirty or clean, granularity,
 * and the rate metrics the job declares.
 */
final class Scenarios {

    /** The seed of every Spark property: the same scenarios in each, so they share the computed tables. */
    static final String SEED = "20130101";
    /** Each try generates, validates and computes on Spark: a few seconds each. */
    static final int TRIES = 3;

    private Scenarios() {
    }

    /** A month run covers at most two years (a table of every month since 2012 is large and slow for a try). */
    static Arbitrary<Scenario> scenarios() {
        Arbitrary<Integer> defendants = Arbitraries.integers().between(300, 3000);
        Arbitrary<Long> seeds = Arbitraries.longs().between(0, Long.MAX_VALUE);
        Arbitrary<int[]> years = Arbitraries.integers().between(2012, 2024)
                .flatMap(from -> Arbitraries.integers().between(from, 2024).map(to -> new int[] {from, to}));
        Arbitrary<Boolean> dirty = Arbitraries.of(true, false);
        Arbitrary<PeriodType> granularity = Arbitraries.of(PeriodType.YEAR, PeriodType.QUARTER, PeriodType.MONTH);
        Arbitrary<List<DeclaredRate>> declared = declaredRates(true).list().ofMinSize(1).ofMaxSize(3)
                .map(Scenarios::numbered);
        return Combinators.combine(defendants, seeds, years, dirty, granularity, declared).as((n, seed, span, d, g, m) ->
                new Scenario(n, seed, g == PeriodType.MONTH ? Math.max(span[0], span[1] - 1) : span[0], span[1], d, g,
                        m));
    }

    /**
     * Declared rates over the outcome column: a random non-empty denominator; a numerator of a random non-empty subset
     * of it ({@code within}) or with at least one code outside it; sometimes narrowed to one prosecution type.
     */
    static Arbitrary<DeclaredRate> declaredRates(boolean within) {
        Arbitrary<String> type = Arbitraries.of("", "PUBLIC", "PRIVATE");
        Arbitrary<Set<String>> denominators = Arbitraries.subsetOf(DeclaredRate.OUTCOMES).ofMinSize(1)
                .ofMaxSize(within ? DeclaredRate.OUTCOMES.size() : DeclaredRate.OUTCOMES.size() - 1);
        return denominators.flatMap(den -> {
            Arbitrary<Set<String>> numerators = within ? Arbitraries.subsetOf(den).ofMinSize(1)
                    : Arbitraries.subsetOf(DeclaredRate.OUTCOMES).ofMinSize(1).filter(num -> !den.containsAll(num));
            return Combinators.combine(numerators, type).as((num, t) -> new DeclaredRate("declared_rate",
                    sorted(num), sorted(den), t.isEmpty() ? null : t));
        });
    }

    private static List<String> sorted(Set<String> codes) {
        return DeclaredRate.OUTCOMES.stream().filter(codes::contains).toList();
    }

    /** Distinct ids: declared_rate_1, declared_rate_2, ... */
    private static List<DeclaredRate> numbered(List<DeclaredRate> rates) {
        List<DeclaredRate> out = new ArrayList<>();
        for (int i = 0; i < rates.size(); i++) {
            DeclaredRate r = rates.get(i);
            out.add(new DeclaredRate(r.id() + "_" + (i + 1), r.numerator(), r.denominator(), r.prosecutionType()));
        }
        return out;
    }
}
