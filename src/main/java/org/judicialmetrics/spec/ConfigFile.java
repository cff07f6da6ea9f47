package org.judicialmetrics.spec;

import org.judicialmetrics.publish.Checksums;

/**
 * A configuration file a run was made with (its profile, source mappings, reference figures), as the manifest records
 * it: so any published figure can be traced to the exact configuration, not only to the data.
 *
 * @param role   {@code profile}, {@code source_mapping} or {@code reference_figures}
 * @param path   where it was read ({@code jobs/profiles/cn.json (packaged)} for a file inside the application)
 * @param sha256 the SHA-256 of its bytes
 */
public record ConfigFile(String role, String path, String sha256) {

    public static ConfigFile of(String role, String path, byte[] bytes) {
        return new ConfigFile(role, path, Checksums.sha256(bytes));
    }
}
