package org.judicialmetrics.cli;

import org.judicialmetrics.publish.Provenance;
import picocli.CommandLine.IVersionProvider;

/** The project version for {@code --version}. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"judicial-metrics " + Provenance.version()};
    }
}
