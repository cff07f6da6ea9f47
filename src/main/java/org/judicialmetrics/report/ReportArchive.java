package org.judicialmetrics.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.judicialmetrics.period.Period;

/**
 * Writes {@code <out>/<job>/index.html}: every published period of the job (a period folder with an
 * {@code index.html}), newest first, each linking to its report and PDF.
 */
public final class ReportArchive {

    private static final Mustache TEMPLATE = new DefaultMustacheFactory("report").compile("archive.mustache");

    private ReportArchive() {
    }

    /** One published period in the archive. */
    public record Entry(String period, String start, String end, String html, String pdf, boolean hasPdf) {
    }

    /** The archive's view: the job's title and its periods. */
    public record View(String title, List<Entry> periods) {
    }

    public static Path write(Path outRoot, String jobId, String title) throws IOException {
        Path jobDir = outRoot.resolve(jobId);
        List<Entry> periods = published(jobDir);
        StringWriter html = new StringWriter();
        TEMPLATE.execute(html, new View(title, periods));
        Path index = jobDir.resolve("index.html");
        Files.createDirectories(jobDir);
        Files.writeString(index, html.toString(), StandardCharsets.UTF_8);
        return index;
    }

    /** The job's published periods, newest first (by period start, then label). */
    public static List<Entry> published(Path jobDir) throws IOException {
        if (!Files.isDirectory(jobDir)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(jobDir)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("index.html")))
                    .map(d -> parse(d.getFileName().toString()).map(p -> entry(d, p)))
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing((Entry e) -> e.start())
                            .thenComparing(Entry::period)
                            .reversed())
                    .toList();
        }
    }

    private static Optional<Period> parse(String label) {
        try {
            return Optional.of(Period.parse(label));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Entry entry(Path dir, Period p) {
        return new Entry(
                p.label(),
                p.start().toString(),
                p.end().toString(),
                p.label() + "/index.html",
                p.label() + "/report.pdf",
                Files.isRegularFile(dir.resolve("report.pdf")));
    }
}
