package org.judicialmetrics.run;

import java.util.ArrayList;
import java.util.List;
import org.judicialmetrics.ingest.mapping.SourceMappingLoader;
import org.judicialmetrics.spec.ConfigFile;
import org.judicialmetrics.spec.JobSpec;
import org.judicialmetrics.storage.Location;

/**
 * The configuration files a run used besides its spec, with checksums, for the manifest: the profile, each source
 * mapping, and the reference figures a report reconciles with. With the spec's and the inputs' checksums they trace
 * every published figure to exactly what made it.
 */
final class RunConfiguration {

    private RunConfiguration() {
    }

    /** The files, in a fixed order: profile, mappings as the spec lists them, then the reference figures. */
    static List<ConfigFile> files(JobSpec spec, SourceMappingLoader mappings, Location referenceFigures) {
        List<ConfigFile> files = new ArrayList<>();
        if (spec.model().profileSource() != null) {
            files.add(spec.model().profileSource());
        }
        List<String> named = new ArrayList<>();
        spec.sources().forEach(s -> named.add(s.mapping()));
        if (spec.figuresMapping() != null) {
            named.add(spec.figuresMapping());
        }
        for (String name : named.stream().distinct().toList()) {
            Location file = mappings.file(name);
            files.add(ConfigFile.of("source_mapping", file.toString(), file.readBytes()));
        }
        if (referenceFigures != null) {
            files.add(ConfigFile.of("reference_figures", referenceFigures.toString(), referenceFigures.readBytes()));
        }
        return List.copyOf(files);
    }
}
