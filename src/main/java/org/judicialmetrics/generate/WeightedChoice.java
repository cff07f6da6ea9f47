package org.judicialmetrics.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Picks one of a fixed, ordered list of values with given relative weights: the generator's only way to draw codes. */
final class WeightedChoice<T> {

    private final List<T> values;
    private final double[] cumulative;

    private WeightedChoice(List<T> values, double[] cumulative) {
        this.values = values;
        this.cumulative = cumulative;
    }

    /** Starts a choice; add values in a fixed order (the order is part of the determinism). */
    static <T> Builder<T> of(T value, double weight) {
        return new Builder<T>().or(value, weight);
    }

    T pick(SplittableRandom random) {
        double draw = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (draw < cumulative[i]) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    /** The mean of {@code measure} over the values, weighted as drawn. */
    double mean(ToDoubleFunction<T> measure) {
        double sum = 0;
        double previous = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += (cumulative[i] - previous) * measure.applyAsDouble(values.get(i));
            previous = cumulative[i];
        }
        return sum / cumulative[cumulative.length - 1];
    }

    /** Collects values and weights in order. */
    static final class Builder<T> {
        private final List<T> values = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> or(T value, double weight) {
            if (weight < 0) {
                throw new IllegalArgumentException("negative weight for " + value);
            }
            values.add(value);
            weights.add(weight);
            return this;
        }

        WeightedChoice<T> build() {
            double[] cumulative = new double[weights.size()];
            double sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += weights.get(i);
                cumulative[i] = sum;
            }
            if (sum <= 0) {
                throw new IllegalArgumentException("weights add up to zero");
            }
            return new WeightedChoice<>(List.copyOf(values), cumulative);
        }
    }
}
