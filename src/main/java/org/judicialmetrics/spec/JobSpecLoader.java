package org.judicialmetrics.spec;

import org.judicialmetrics.storage.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.judicialmetrics.period.Era;
import org.judicialmetrics.period.PeriodType;

/** Finds a job spec by name in {@code jobs/} (or by path), reads it strictly and checks every field. */
public final class JobSpecLoader {

    private static final Pattern JOB_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Location jobsDir;

    public JobSpecLoader(Location jobsDir) {
        this.jobsDir = jobsDir;
    }

    /** Resolves {@code JOB}: a path to a JSON file, or a spec name in the jobs folder. */
    public JobSpecLoader(java.nio.file.Path jobsDir) {
        this(Location.local(jobsDir));
    }

    public Location resolve(String job) {
        Location asPath = Location.of(job);
        if (job.endsWith(".json") && asPath.isFile()) {
            return asPath;
        }
        Location named = jobsDir.resolve(job.endsWith(".json") ? job : job + ".json");
        if (named.isFile()) {
            return named;
        }
        throw new SpecException("job '" + job + "' not found: no file " + named + "; specs available: " + available());
    }

    public JobSpec load(String job) {
        return read(resolve(job));
    }

    /** Reads and checks one spec file; every problem is a {@link SpecException} naming the file and field. */
    public static JobSpec read(java.nio.file.Path file) {
        return read(Location.local(file));
    }

    public static JobSpec read(Location file) {
        JobSpec spec = StrictJson.read(file, JobSpec.class);
        check(file, spec);
        Profiles.Located profile = Profiles.find(file.parent(), spec.profile(), file);
        return spec.withModel(JobModel.resolve(profile.profile(), profile.file(), spec, file)
                .withProfileSource(profile.source()));
    }

    private static void check(Location file, JobSpec spec) {
        require(file, "id", spec.id() != null && JOB_ID.matcher(spec.id()).matches(),
                "required; lower-case letters, digits and '-' (it names the output folder)");
        require(file, "granularity", spec.granularity() != null && spec.granularity().calendar(),
                "required; one of year, quarter, month");
        double share = spec.qualityGate().maxQuarantinedShare();
        require(file, "quality_gate.max_quarantined_share", share >= 0 && share <= 1, "a share from 0 to 1, e.g. 0.01");
        require(file, "reliability.min_numerator", spec.reliability().minNumerator() >= 0, "a whole number >= 0");
        require(file, "reliability.min_denominator", spec.reliability().minDenominator() >= 0, "a whole number >= 0");
        require(file, "disclosure.min_count", spec.disclosure().minCount() >= 0, "a whole number >= 0");
        require(file, "kind", JobSpec.PERIODIC.equals(spec.kind()) || spec.publishedFigures(),
                "one of " + JobSpec.PERIODIC + " (default), " + JobSpec.PUBLISHED_FIGURES);
        require(file, "figures", !spec.publishedFigures() || (spec.figures() != null && !spec.figures().isBlank()),
                "required for kind " + JobSpec.PUBLISHED_FIGURES
                        + ": the count table (CSV), e.g. data/reference/china-published-figures.csv");
        require(file, "figures", spec.figures() == null || spec.publishedFigures()
                || spec.granularity() == PeriodType.YEAR,
                "reconciliation with published figures needs granularity year (published figures are yearly)");
        require(file, "figures_mapping", spec.figuresMapping() == null || spec.figures() != null,
                "only with 'figures': the mapping of that count table");
        require(file, "granularity", !spec.publishedFigures() || spec.granularity() == PeriodType.YEAR,
                "year for kind " + JobSpec.PUBLISHED_FIGURES + " (published figures are yearly)");
        require(file, "confidence", spec.confidence() > 0.5 && spec.confidence() < 1, "a level between 0.5 and 1, e.g. 0.95");
        if (spec.sample() != null) {
            JobSpec.SampleSpec s = spec.sample();
            require(file, "sample.defendants", s.defendants() == null || s.defendants() > 0, "a whole number > 0");
            require(file, "sample.from", s.from() == null || s.to() == null || s.from() <= s.to(), "a year <= sample.to");
        }
        for (int i = 0; i < spec.sources().size(); i++) {
            JobSpec.SourceSpec source = spec.sources().get(i);
            require(file, "sources[" + i + "].path", source.path() != null && !source.path().isBlank(), "required");
            require(file, "sources[" + i + "].mapping", source.mapping() != null && !source.mapping().isBlank(),
                    "required: a mapping name in jobs/sources/");
        }
        if (spec.ownEras() != null) {
            checkEras(file, spec.ownEras(), false);
        }
    }

    /** Eras: unique ids, consecutive, open only at the ends; a spec that lists eras lists at least one. */
    static void checkEras(Location file, List<Era> eras, boolean mayBeEmpty) {
        require(file, "eras", mayBeEmpty || !eras.isEmpty(), "at least one era (leave the field out for the profile's)");
        Set<String> ids = new HashSet<>();
        Era previous = null;
        for (int i = 0; i < eras.size(); i++) {
            Era era = eras.get(i);
            String field = "eras[" + i + "]";
            require(file, field + ".id", era.id() != null && JOB_ID.matcher(era.id()).matches() && ids.add(era.id()),
                    "required, unique; lower-case letters, digits and '-'");
            require(file, field + ".start", i == 0 || era.start() != null, "required except on the first era");
            require(file, field + ".end", i == eras.size() - 1 || era.end() != null, "required except on the last era");
            require(file, field + ".end", era.start() == null || era.end() == null || !era.end().isBefore(era.start()),
                    "a date on or after start");
            if (previous != null) {
                require(file, field + ".start", era.start().equals(previous.end().plusDays(1)),
                        "the day after the previous era's end (" + previous.end().plusDays(1) + "): eras are consecutive");
            }
            previous = era;
        }
    }

    private static void require(Location file, String field, boolean ok, String allowed) {
        StrictJson.require(file, field, ok, allowed);
    }

    private String available() {
        try {
            return jobsDir.list().stream().map(Location::name).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().collect(Collectors.joining(", "));
        } catch (org.judicialmetrics.storage.StorageException e) {
            return "(none: " + jobsDir + " cannot be listed)";
        }
    }
}
