package org.judicialmetrics.spec;

import org.judicialmetrics.storage.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds jurisdiction profiles: {@code <folder of the job spec>/profiles/<id>.json}, else the copy of
 * {@code jobs/profiles/} the build packages into the jar (so a spark-submitted job and tests that build a spec in code
 * find the same profiles).
 */
public final class Profiles {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final String BUNDLED = "/profiles/";
    private static final Map<String, JobModel> BUNDLED_MODELS = new ConcurrentHashMap<>();

    private Profiles() {
    }

    /** The profile a spec in {@code specFolder} names, with the file it was read from (for messages). */
    static Located find(Location specFolder, String id, Location specFile) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new SpecException(specFile + ": field 'profile': '" + id + "' is not a profile id (lower-case"
                    + " letters, digits and '-', naming jobs/profiles/<id>.json)");
        }
        Location file = (specFolder == null ? Location.of("profiles") : specFolder.resolve("profiles")).resolve(id + ".json");
        if (file.isFile()) {
            return new Located(read(file, id), file, ConfigFile.of("profile", file.toString(), file.readBytes()));
        }
        return bundled(id).orElseThrow(() -> new SpecException(specFile + ": field 'profile': no profile '" + id
                + "' (no file " + file + ")"));
    }

    /** The model of a spec built in code (no spec file): its profile from the jar, no settings of its own. */
    static JobModel bundledModel(JobSpec spec) {
        if (spec.breakdowns().isEmpty() && spec.metrics().isEmpty() && spec.codes().isEmpty()) {
            return BUNDLED_MODELS.computeIfAbsent(spec.profile(), id -> resolveBundled(spec));
        }
        return resolveBundled(spec);
    }

    private static JobModel resolveBundled(JobSpec spec) {
        Located p = bundled(spec.profile()).orElseThrow(() -> new SpecException("job " + spec.id()
                + ": no bundled profile '" + spec.profile() + "'"));
        return JobModel.resolve(p.profile(), p.file(), spec, Location.packaged("job spec " + spec.id()))
                .withProfileSource(p.source());
    }

    private static java.util.Optional<Located> bundled(String id) {
        try (InputStream in = Profiles.class.getResourceAsStream(BUNDLED + id + ".json")) {
            if (in == null) {
                return java.util.Optional.empty();
            }
            Location name = Location.packaged("jobs/profiles/" + id + ".json");
            byte[] bytes = in.readAllBytes();
            Profile p = StrictJson.read(name, bytes, Profile.class);
            check(p, id, name);
            return java.util.Optional.of(new Located(p, name, ConfigFile.of("profile", name + " (packaged)", bytes)));
        } catch (IOException e) {
            throw new SpecException("profile " + id + ": cannot be read from the jar: " + e.getMessage());
        }
    }

    private static Profile read(Location file, String id) {
        Profile p = StrictJson.read(file, Profile.class);
        check(p, id, file);
        return p;
    }

    private static void check(Profile p, String id, Location file) {
        StrictJson.require(file, "id", id.equals(p.id()), "'" + id + "', the file's name");
        try {
            p.zone();
        } catch (java.time.DateTimeException e) {
            throw new SpecException(file + ": field 'time_zone': '" + p.timeZone() + "' is not a time zone; give a"
                    + " region id such as America/New_York or an offset such as +08:00");
        }
        for (String language : p.languages()) {
            if (!org.judicialmetrics.report.Messages.LANGUAGES.contains(language)) {
                throw new SpecException(file + ": field 'languages': '" + language + "' has no report messages;"
                        + " give any of " + String.join(", ", org.judicialmetrics.report.Messages.LANGUAGES));
            }
        }
        StrictJson.require(file, "languages", !p.languages().isEmpty(), "expected at least one language");
        for (String language : p.translations().keySet()) {
            StrictJson.require(file, "translations." + language, p.languages().contains(language),
                    "a language the profile lists in 'languages' (" + String.join(", ", p.languages()) + ")");
        }
        JobSpecLoader.checkEras(file, p.eras(), true);
    }

    /** A profile, where it was read from, and its checksum for the manifest. */
    record Located(Profile profile, Location file, ConfigFile source) {
    }
}
