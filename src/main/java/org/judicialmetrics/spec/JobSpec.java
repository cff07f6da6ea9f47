package org.judicialmetrics.spec;

import org.judicialmetrics.storage.Location;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.judicialmetrics.period.Era;
import org.judicialmetrics.period.PeriodType;

/**
 * A job: what to compute, at which granularity, from which data, with which gates. Read from JSON in {@code jobs/}
 * by {@link JobSpecLoader}. Precedence (stated once, in {@link JobModel}): command line > job spec > profile > built-in
 * defaults.
 *
 * @param schema      the JSON Schema the file is written against ({@code jobs/schema/job-spec.schema.json}; ignored)
 * @param id          the job's name in outputs ({@code reports/<id>/})
 * @param title       report title
 * @param granularity the calendar period one run covers
 * @param baseline    start of "since 2012" cumulative counts and trend charts
 * @param data        default data root, relative to the project folder
 * @param sample      how to generate the data root when it is missing (null: never generate)
 * @param eras        eras to compare, in order (null: the profile's)
 * @param qualityGate when a run fails instead of publishing
 * @param reliability when a rate is flagged {@code u}
 * @param disclosure  suppression of small counts in published outputs
 * @param confidence  confidence level of every interval
 * @param provisionalDays how long after its end a period's figures stay provisional ({@code p}): records of it may
 *                    still arrive (default 90)
 * @param sources     external files read through a source mapping instead of the data root's canonical files
 * @param kind        how the job runs: {@value #PERIODIC} (default; metrics from case-level datasets on Spark) or
 *                    {@value #PUBLISHED_FIGURES} (a report from a count table of published figures)
 * @param figures     a count table of published figures (CSV), relative to the project folder: what a
 *                    {@value #PUBLISHED_FIGURES} job reports on, or what a yearly periodic job reconciles its national
 *                    totals with
 * @param figuresMapping the source mapping (name in {@code jobs/sources/}) that turns {@code figures} into a count
 *                    table; null when the file has the count table's own column names
 * @param profile     the jurisdiction profile ({@code jobs/profiles/<id>.json}), default {@value Profile#DEFAULT_ID}
 * @param breakdowns  dataset -> breakdowns, replacing the profile's list of that dataset
 * @param metrics     metrics added to the profile's (an entry with a profile metric's id replaces it)
 * @param codes       codes added to code columns: column -> code -> group memberships
 * @param model       the resolved data model (set by {@link JobSpecLoader}; a spec built in code resolves its
 *                    profile from the jar)
 */
public record JobSpec(
        @JsonProperty("$schema") String schema,
        String id,
        String title,
        PeriodType granularity,
        LocalDate baseline,
        String data,
        SampleSpec sample,
        List<Era> eras,
        QualityGate qualityGate,
        Reliability reliability,
        Disclosure disclosure,
        Double confidence,
        Integer provisionalDays,
        List<SourceSpec> sources,
        String kind,
        String figures,
        String figuresMapping,
        String profile,
        Map<String, List<BreakdownSpec>> breakdowns,
        List<MetricSpec> metrics,
        Map<String, Map<String, Map<String, Boolean>>> codes,
        @JsonIgnore JobModel model) {

    public static final String PERIODIC = "periodic";
    public static final String PUBLISHED_FIGURES = "published-figures";
    public static final LocalDate DEFAULT_BASELINE = LocalDate.of(2012, 1, 1);
    public static final String DEFAULT_DATA = "data/sample";
    public static final int DEFAULT_PROVISIONAL_DAYS = 90;

    /** Fills defaults, so the rest of the code never sees a missing setting. */
    public JobSpec {
        title = title == null ? id : title;
        baseline = baseline == null ? DEFAULT_BASELINE : baseline;
        data = data == null ? DEFAULT_DATA : data;
        eras = eras == null ? null : List.copyOf(eras);
        qualityGate = qualityGate == null ? QualityGate.DEFAULT : qualityGate;
        reliability = reliability == null ? Reliability.DEFAULT : reliability;
        disclosure = disclosure == null ? Disclosure.DEFAULT : disclosure;
        confidence = confidence == null ? 0.95 : confidence;
        provisionalDays = provisionalDays == null ? DEFAULT_PROVISIONAL_DAYS : provisionalDays;
        sources = sources == null ? List.of() : List.copyOf(sources);
        kind = kind == null ? PERIODIC : kind;
        profile = profile == null ? Profile.DEFAULT_ID : profile;
        breakdowns = breakdowns == null ? Map.of() : Map.copyOf(breakdowns);
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        codes = codes == null ? Map.of() : Map.copyOf(codes);
    }

    /** The job's data model: resolved from its profile by the loader, else from the profile bundled in the jar. */
    @Override
    @JsonIgnore
    public JobModel model() {
        return model != null ? model : Profiles.bundledModel(this);
    }

    /** The eras of the spec, else of its profile (none: no era comparison). */
    @Override
    public List<Era> eras() {
        return eras != null ? eras : model().profile().eras();
    }

    /** The eras the spec itself lists (null: it leaves them to the profile). */
    public List<Era> ownEras() {
        return eras;
    }

    /** This spec with its resolved model. */
    public JobSpec withModel(JobModel resolved) {
        return new JobSpec(schema, id, title, granularity, baseline, data, sample, eras, qualityGate, reliability,
                disclosure, confidence, provisionalDays, sources, kind, figures, figuresMapping, profile, breakdowns,
                metrics, codes, resolved);
    }

    /** A periodic job, as every spec was before {@code kind} existed. */
    public JobSpec(String id, String title, PeriodType granularity, LocalDate baseline, String data,
                   SampleSpec sample, List<Era> eras, QualityGate qualityGate, Reliability reliability,
                   Disclosure disclosure, Double confidence, List<SourceSpec> sources) {
        this(null, id, title, granularity, baseline, data, sample, eras, qualityGate, reliability, disclosure,
                confidence, null, sources, null, null, null, null, null, null, null, null);
    }

    /** Whether a period's figures are still provisional on {@code asOf}: within {@code provisional_days} of its end. */
    public boolean provisional(org.judicialmetrics.period.Period period, LocalDate asOf) {
        return period.end().plusDays(provisionalDays).isAfter(asOf);
    }

    /** True when the job reports on a count table of published figures rather than case-level data. */
    public boolean publishedFigures() {
        return PUBLISHED_FIGURES.equals(kind);
    }

    /**
     * One external source: a file or folder (relative to the data root unless absolute) that a source mapping in
     * {@code jobs/sources/} turns into a canonical dataset.
     */
    public record SourceSpec(String path, String mapping) {
    }

    /** Deterministic synthetic data to generate when the data root is missing. */
    public record SampleSpec(Integer defendants, Long seed, Integer from, Integer to) {
    }

    /**
     * A run fails (exit 3, nothing published) when more than this share of any dataset's rows is quarantined, or when
     * a dataset the job needs is missing.
     */
    public record QualityGate(Double maxQuarantinedShare, Boolean requireAllDatasets, Boolean requirePeriodData) {
        public static final QualityGate DEFAULT = new QualityGate(null, null, null);

        public QualityGate {
            maxQuarantinedShare = maxQuarantinedShare == null ? 0.05 : maxQuarantinedShare;
            requireAllDatasets = requireAllDatasets == null ? Boolean.TRUE : requireAllDatasets;
            requirePeriodData = requirePeriodData == null ? Boolean.TRUE : requirePeriodData;
        }
    }

    /** A rate is flagged {@code u} (low reliability) below either threshold. */
    public record Reliability(Integer minNumerator, Integer minDenominator) {
        public static final Reliability DEFAULT = new Reliability(null, null);

        public Reliability {
            minNumerator = minNumerator == null ? 20 : minNumerator;
            minDenominator = minDenominator == null ? 100 : minDenominator;
        }
    }

    /**
     * Counts below {@code minCount} are suppressed ({@code c}) in published outputs; {@code publicParquet} (the
     * default) makes the public root's Parquet metric table follow the same suppression (the restricted root's copy
     * never does); false publishes it unsuppressed, for a public root that only an internal dashboard reads.
     */
    public record Disclosure(Integer minCount, Boolean publicParquet) {
        public static final Disclosure DEFAULT = new Disclosure(null, null);
        /** Published figures are public already: their table is published as it is. */
        public static final Disclosure UNSUPPRESSED = new Disclosure(0, true);

        public Disclosure {
            minCount = minCount == null ? 5 : minCount;
            publicParquet = publicParquet == null ? Boolean.TRUE : publicParquet;
        }
    }
}
