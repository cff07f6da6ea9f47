package org.judicialmetrics.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The project version, from the build's filtered properties file. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/judicial-metrics.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"judicial-metrics " + p.getProperty("version", "unknown")};
    }
}
