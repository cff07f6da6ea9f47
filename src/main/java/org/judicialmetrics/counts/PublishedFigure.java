package org.judicialmetrics.counts;

/**
 * One published count as its source gives it: a year ({@code 2016}) or a multi-year span ({@code 2013-2017}) that is
 * kept as a span, never spread over its years, with the outlet, address and reliability grade it came from.
 *
 * @param periodLabel the period as published, e.g. {@code 2013-2017}
 * @param measure     what is counted, e.g. {@code acquitted_total} (a canonical outcome or event code)
 * @param value       the published figure (a count, or a percentage when {@code unit} is {@code percent})
 * @param reliability grade A (official), B (faithful repost or compiler of an official source) or C (commentary)
 */
public record PublishedFigure(
        String periodLabel,
        int startYear,
        int endYear,
        String measure,
        double value,
        String unit,
        String reliability,
        String source,
        String url,
        String note) {

    /** True for a figure of one calendar year. */
    public boolean yearly() {
        return startYear == endYear;
    }

    /** The figure as a whole count; percentages are not counts. */
    public long count() {
        if ("percent".equals(unit)) {
            throw new IllegalStateException(measure + " " + periodLabel + " is a percentage, not a count");
        }
        return Math.round(value);
    }
}
