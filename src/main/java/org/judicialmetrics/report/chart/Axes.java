package org.judicialmetrics.report.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;

/** Axis set-ups shared by the charts, with fixed-locale number and date formats so images are reproducible. */
final class Axes {

    private Axes() {
    }

    static NumberAxis percent(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(true);
        axis.setNumberFormatOverride(new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        return axis;
    }

    /** Ticks at a round step (1, 2 or 5 times a power of ten) giving about six labels from zero to {@code max}. */
    static void roundTicks(NumberAxis axis, double max) {
        if (!(max > 0)) {
            return;
        }
        double raw = max / 6;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step =
                raw / power <= 1 ? power : raw / power <= 2 ? 2 * power : raw / power <= 5 ? 5 * power : 10 * power;
        axis.setTickUnit(new NumberTickUnit(step, axis.getNumberFormatOverride()));
    }

    static NumberAxis count(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        axis.setAutoRangeIncludesZero(true);
        axis.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        return axis;
    }

    /** A time axis labelled by year, one tick per year (every second year beyond 16 years). */
    static DateAxis years(String label, int spanYears) {
        DateAxis axis = new DateAxis(label, TimeZone.getTimeZone("UTC"), Locale.ROOT);
        SimpleDateFormat format = new SimpleDateFormat("yyyy", Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        axis.setTickUnit(new DateTickUnit(DateTickUnitType.YEAR, spanYears > 16 ? 2 : 1, format));
        return axis;
    }
}
