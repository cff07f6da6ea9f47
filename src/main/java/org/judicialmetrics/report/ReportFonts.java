package org.judicialmetrics.report;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the DejaVu fonts are, for embedding in the PDF: {@code -Djudicialmetrics.fonts=DIR}, else the Debian/Ubuntu
 * location that {@code fonts-dejavu-core} installs to.
 */
public final class ReportFonts {

    public static final String FAMILY = "DejaVu Sans";
    private static final String DEFAULT_DIR = "/usr/share/fonts/truetype/dejavu";

    private ReportFonts() {
    }

    public static Path regular() {
        return font("DejaVuSans.ttf");
    }

    public static Path bold() {
        return font("DejaVuSans-Bold.ttf");
    }

    public static Path oblique() {
        return font("DejaVuSans-Oblique.ttf");
    }

    private static Path font(String file) {
        Path path = Path.of(System.getProperty("judicialmetrics.fonts", DEFAULT_DIR), file);
        if (!Files.isReadable(path)) {
            throw new IllegalStateException(
                    "font " + path + " not found: install fonts-dejavu-core or set -Djudicialmetrics.fonts");
        }
        return path;
    }
}
