package org.judicialmetrics.report;
import org.judicialmetrics.metrics.stats.Interval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The report's number formats, fixed so output is identical on every machine: counts with thousands separators;
 * rates as percentages rounded half-even to 3 decimals, or to 4 significant digits when that needs more decimals
 * (rates under 1%, such as acquittal rates); differences in percentage points by the same rule; sums and medians to
 * 2 decimals; a table then gives a column's figures the same decimals ({@code ReportTable}). {@code plain*} variants
 * have no thousands separators and no units.
 */
public final class Figures {

    private static final int RATE_DECIMALS = 3;
    private static final int RATE_SIGNIFICANT = 4;

    private Figures() {
    }

    public static String count(long value) {
        return grouped("#,##0").format(value);
    }

    public static String plainCount(long value) {
        return Long.toString(value);
    }

    /** A fraction as a percentage with its unit, e.g. 0.0004408 as {@code 0.04408%}. */
    public static String percent(double fraction) {
        return plainPercent(fraction) + "%";
    }

    /** A fraction as a percentage number without unit, e.g. {@code 0.04408}. */
    public static String plainPercent(double fraction) {
        return roundedPercent(fraction).toPlainString();
    }

    /** A difference of fractions in signed percentage points, e.g. {@code +0.01234 pp}. */
    public static String points(double difference) {
        return signed(roundedPercent(difference)) + " pp";
    }

    /** An interval of fractions as {@code [0.04077%, 0.04765%]}. */
    public static String percentInterval(double low, double high) {
        return "[" + percent(low) + ", " + percent(high) + "]";
    }

    /** An interval of differences as {@code [-0.012, +0.034] pp}. */
    public static String pointsInterval(Interval interval) {
        return "[" + signed(roundedPercent(interval.low())) + ", " + signed(roundedPercent(interval.high())) + "] pp";
    }

    /** A sum or median to 2 decimals with thousands separators. */
    public static String decimal(double value) {
        return grouped("#,##0.00").format(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN));
    }

    public static String plainDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    static BigDecimal roundedPercent(double fraction) {
        BigDecimal pct = asPercent(fraction);
        return pct.setScale(percentScale(pct), RoundingMode.HALF_EVEN);
    }

    /** A fraction as an unrounded percentage: its decimal digits moved two places, e.g. 0.0004408 as 0.04408. */
    public static BigDecimal asPercent(double fraction) {
        return BigDecimal.valueOf(fraction).movePointRight(2);
    }

    /** The decimals a percentage is shown with: 3, or more for 4 significant digits. */
    public static int percentScale(BigDecimal pct) {
        if (pct.signum() == 0) {
            return RATE_DECIMALS;
        }
        int leadingExponent = pct.precision() - pct.scale() - 1;
        return Math.max(RATE_DECIMALS, RATE_SIGNIFICANT - 1 - leadingExponent);
    }

    private static String signed(BigDecimal value) {
        return value.signum() > 0 ? "+" + value.toPlainString() : value.toPlainString();
    }

    private static DecimalFormat grouped(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format;
    }
}
