package org.judicialmetrics.publish;

import org.judicialmetrics.storage.Location;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.judicialmetrics.util.Json;

/** What produced a run's outputs, for its manifest and {@code --version}: the software and the exact job spec. */
public final class Provenance {

    private Provenance() {
    }

    /** A job spec file as the manifest records it: where it is, its SHA-256, and its content. */
    public record SpecFile(String path, String sha256, JsonNode content) {
        public static SpecFile read(Location file) throws IOException {
            byte[] bytes = file.readBytes();
            return new SpecFile(file.toString(), Checksums.sha256(bytes), Json.mapper().readTree(bytes));
        }
    }

    /** The project version, from the build's filtered properties file. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = Provenance.class.getResourceAsStream("/judicial-metrics.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    /** Versions of this project, Java, and (when the run used Spark) Spark and Scala. */
    public static Map<String, String> software(String sparkVersion) {
        Map<String, String> software = new LinkedHashMap<>();
        software.put("judicial_metrics", version());
        if (sparkVersion != null) {
            software.put("spark", sparkVersion);
            software.put("scala", scala.util.Properties.versionNumberString());
        }
        software.put("java", System.getProperty("java.version"));
        return software;
    }
}
