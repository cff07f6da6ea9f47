package org.judicialmetrics.report;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the fonts embedded in the PDF are: {@code -Djudicialmetrics.fonts=DIR}, else the Debian/Ubuntu locations that
 * {@code fonts-dejavu-core} (DejaVu Sans) and {@code fonts-droid-fallback} (Droid Sans Fallback, for Chinese) install
 * to.
 */
public final class ReportFonts {

    public static final String FAMILY = "DejaVu Sans";
    /** Where Debian's fonts-dejavu-core and fonts-droid-fallback (the CJK font of the Chinese edition) install. */
    private static final java.util.List<String> DEFAULT_DIRS =
            java.util.List.of("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/droid");

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

    /** A font file by name, from {@code -Djudicialmetrics.fonts=DIR} or else the Debian font folders. */
    public static Path font(String file) {
        String configured = System.getProperty("judicialmetrics.fonts");
        java.util.List<Path> candidates = configured != null ? java.util.List.of(Path.of(configured, file))
                : DEFAULT_DIRS.stream().map(d -> Path.of(d, file)).toList();
        return candidates.stream().filter(Files::isReadable).findFirst().orElseThrow(() -> new IllegalStateException(
                "font " + file + " not found in " + candidates + ": install fonts-dejavu-core and"
                        + " fonts-droid-fallback (see README) or set -Djudicialmetrics.fonts=DIR"));
    }
}
