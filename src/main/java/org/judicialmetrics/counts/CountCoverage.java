package org.judicialmetrics.counts;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.judicialmetrics.metrics.Coverage;
import org.judicialmetrics.metrics.Measure;
import org.judicialmetrics.model.Codes.Outcome;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.period.PeriodType;

/**
 * What an {@code outcome_counts} table publishes: a measure is given in a period only when the table publishes every
 * outcome it counts there (one by one, or as the adjudicated total) and every column its condition reads. Anything
 * else, such as a year with acquittals but no denominator, is {@code x}. A measure's basis in a period is the
 * {@code definition} (else the {@code source}) of the rows making it up.
 */
public final class CountCoverage implements Coverage {

    private static final Set<String> ADJUDICATED_OUTCOMES = java.util.Arrays.stream(Outcome.values())
            .filter(Outcome::adjudicated).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private final PeriodType granularity;
    private final Map<String, Map<String, Set<String>>> published;
    private final Set<String> columns;

    private CountCoverage(PeriodType granularity, Map<String, Map<String, Set<String>>> published,
                          Set<String> columns) {
        this.granularity = granularity;
        this.published = Map.copyOf(published);
        this.columns = Set.copyOf(columns);
    }

    /**
     * @param published period label -> measure published -> the bases of its rows
     * @param columns   the columns the table fills (outcome and its breakdown columns)
     */
    static CountCoverage of(PeriodType granularity, Map<String, Map<String, Set<String>>> published,
                            Set<String> columns) {
        return new CountCoverage(granularity, published, columns);
    }

    @Override
    public boolean gives(Measure measure, Period period) {
        if (measure.dataset() != Dataset.DEFENDANT_OUTCOMES) {
            return true;
        }
        if (period.type() != granularity || !columns.containsAll(measure.columns()) || measure.codes().isEmpty()) {
            return false;
        }
        Set<String> covered = new HashSet<>();
        for (String m : published.getOrDefault(period.label(), Map.of()).keySet()) {
            Set<String> codes = outcomesOf(m);
            if (measure.codes().containsAll(codes)) {
                covered.addAll(codes);
            }
        }
        return covered.equals(measure.codes());
    }

    @Override
    public Optional<String> basis(Measure measure, Period period) {
        if (measure.dataset() != Dataset.DEFENDANT_OUTCOMES || !gives(measure, period)) {
            return Optional.empty();
        }
        Set<String> bases = new TreeSet<>();
        published.getOrDefault(period.label(), Map.of()).forEach((m, b) -> {
            if (measure.codes().containsAll(outcomesOf(m))) {
                bases.addAll(b);
            }
        });
        return bases.isEmpty() ? Optional.empty() : Optional.of(String.join(" + ", bases));
    }

    /** The periods (labels) the table has any count for, in order. */
    public List<String> periods() {
        return List.copyOf(new TreeSet<>(published.keySet()));
    }

    private static Set<String> outcomesOf(String measure) {
        return measure.equals(OutcomeCounts.ADJUDICATED) ? ADJUDICATED_OUTCOMES : Set.of(measure);
    }
}
