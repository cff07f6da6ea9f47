package org.judicialmetrics.report;
import org.judicialmetrics.metrics.stats.Confidence;

import java.util.List;
import java.util.Optional;
import org.judicialmetrics.metrics.MetricRow;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.report.MetricGlossary.Kind;
import org.judicialmetrics.report.disclosure.DisclosureRules;
import org.judicialmetrics.report.disclosure.TableDisclosure;
import org.judicialmetrics.report.table.FigureCells;

/** The input with what every section derives from it: the row index, disclosure rules, cell formats and intervals. */
public final class ReportContext {

    private final ReportInput input;
    private final MetricIndex index;
    private final DisclosureRules rules;
    private final FigureCells cells;
    private final Confidence confidence;
    private final TableDisclosure disclosure;
    private final Messages messages;
    private final Labels labels;

    public ReportContext(ReportInput input) {
        this(input, Messages.english());
    }

    /** The context of one language's edition: the same figures, that language's words. */
    public ReportContext(ReportInput input, Messages messages) {
        this.input = input;
        this.messages = messages;
        this.labels = Labels.in(input.spec().model().profile(), messages.language());
        this.index = new MetricIndex(input.rows());
        this.rules = DisclosureRules.of(input.spec());
        this.disclosure = input.disclosure() != null ? input.disclosure()
                : TableDisclosure.decide(input.rows(), input.spec().model().metrics(), rules.minCount());
        this.cells = new FigureCells(rules, disclosure);
        this.confidence = new Confidence(input.spec().confidence());
    }

    public ReportInput input() {
        return input;
    }

    /** The edition's words. */
    public Messages messages() {
        return messages;
    }

    /** The edition's names for codes, columns and configured text (the profile's translations). */
    public Labels labels() {
        return labels;
    }

    /** Items joined as a list in the edition's language ("a, b and c"). */
    public String list(List<String> items, String conjunction) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(messages.text("list.comma"), items.subList(0, items.size() - 1))
                + messages.text("list." + conjunction) + items.get(items.size() - 1);
    }

    public Period period() {
        return input.period();
    }

    /** Whether the run read the dataset (case-level or as a count table); a report leaves out what it lacks. */
    public boolean has(org.judicialmetrics.model.Dataset dataset) {
        return input.quality().datasets().stream().anyMatch(d -> d.dataset().equals(dataset.id()));
    }

    /** Whether the report shows the metric: every dataset it needs was read (a metric it does not know: yes). */
    public boolean shows(String metricId) {
        return metrics().byId(metricId).map(m -> m.requiredDatasets().stream().allMatch(this::has)).orElse(true);
    }

    /** The datasets the run read, in canonical order. */
    public List<org.judicialmetrics.model.Dataset> datasets() {
        return java.util.Arrays.stream(org.judicialmetrics.model.Dataset.values()).filter(this::has).toList();
    }

    /** The job's metric registry: which metrics the report shows where, and how their counts relate. */
    public org.judicialmetrics.metrics.MetricRegistry metrics() {
        return input.spec().model().metrics();
    }

    public MetricIndex index() {
        return index;
    }

    public DisclosureRules rules() {
        return rules;
    }

    /** What the public outputs withhold, decided once over the whole metric table (the Parquet's decision too). */
    public TableDisclosure disclosure() {
        return disclosure;
    }

    /** Per cell of a table's rows, whether the whole table's decision withholds its count. */
    public boolean[][] withheldCounts(List<List<Optional<MetricRow>>> cells) {
        boolean[][] out = new boolean[cells.size()][];
        for (int i = 0; i < cells.size(); i++) {
            List<Optional<MetricRow>> row = cells.get(i);
            out[i] = new boolean[row.size()];
            for (int j = 0; j < row.size(); j++) {
                out[i][j] = row.get(j).map(disclosure::numeratorWithheld).orElse(false);
            }
        }
        return out;
    }

    public FigureCells cells() {
        return cells;
    }

    public Confidence confidence() {
        return confidence;
    }

    /** "95% CI", or the job's own confidence level. */
    public String ci() {
        return messages.text("ci", "confidence",
                Figures.percent(input.spec().confidence()).replaceFirst("\\.?0+%$", "%"));
    }

    /**
     * The metric's label in the edition's language: its own ({@code label_zh}), else the profile's translation of
     * its English label, else that label.
     */
    public String label(String metricId) {
        return metrics().byId(metricId).flatMap(m -> m.labelIn(messages.language()))
                .orElse(labels.text(input.glossary().label(metricId)));
    }

    /** The metric's kind from the glossary, else read from its rows: a denominator makes it a rate. */
    public Kind kind(String metricId) {
        return input.glossary()
                .term(metricId)
                .map(MetricGlossary.MetricTerm::kind)
                .orElseGet(() -> input.rows().stream()
                        .filter(r -> r.metricId().equals(metricId))
                        .findFirst()
                        .map(r -> r.denominator() != null ? Kind.RATE : Kind.COUNT)
                        .orElse(Kind.COUNT));
    }

    /** The metric's calendar-period totals from the baseline to the report's period, oldest first. */
    public List<MetricRow> series(String metricId) {
        return index.series(period(), metricId).stream()
                .filter(r -> !r.periodEnd().isBefore(input.spec().baseline()))
                .toList();
    }

    public Optional<MetricRow> total(Period p, String metricId) {
        return index.total(p, metricId);
    }

    /** The same period a year earlier, or empty when that is simply the previous period (annual reports). */
    public Optional<Period> yearEarlierIfDistinct() {
        Period yearEarlier = period().yearEarlier();
        return yearEarlier.equals(period().previous()) ? Optional.empty() : Optional.of(yearEarlier);
    }
}
