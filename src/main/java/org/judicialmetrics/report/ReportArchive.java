package org.judicialmetrics.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.judicialmetrics.period.Period;
import org.judicialmetrics.publish.JobArchive;
import org.judicialmetrics.storage.Location;

/**
 * Writes {@code <out>/<job>/index.html}: every published period of the job (a period folder with an
 * {@code index.html}), newest first, each linking to its report and PDF and to its editions in other languages.
 */
public final class ReportArchive {

    private static final Mustache TEMPLATE = new DefaultMustacheFactory("report").compile("archive.mustache");

    private ReportArchive() {
    }

    /** One published period in the archive, with its editions in further languages. */
    public record Entry(String period, String start, String end, String html, String pdf, boolean hasPdf,
                        List<ReportView.Edition> editions) {
    }

    /** The archive's view: the job's title and its periods. */
    public record View(String title, List<Entry> periods) {
    }

    /** Writes the archive page of a job's local output folder (tests, and any local root). */
    public static Path write(Path outRoot, String jobId, String title) throws IOException {
        write(JobArchive.of(Location.local(outRoot.resolve(jobId))), title);
        return outRoot.resolve(jobId).resolve("index.html");
    }

    /** Writes {@code <job>/index.html} from the archive's published periods, in one write. */
    public static Location write(JobArchive archive, String title) {
        List<Entry> periods = published(archive);
        StringWriter html = new StringWriter();
        TEMPLATE.execute(html, new View(title, periods));
        Location index = archive.jobDir().resolve("index.html");
        index.writeString(html.toString());
        return index;
    }

    public static List<Entry> published(Path jobDir) {
        return published(JobArchive.of(Location.local(jobDir)));
    }

    /** The job's published periods, newest first (by period start, then label). */
    public static List<Entry> published(JobArchive archive) {
        List<Entry> entries = new java.util.ArrayList<>();
        archive.periods().forEach((label, dir) -> parse(label).ifPresent(p -> entries.add(entry(archive, dir, p))));
        entries.sort(Comparator.comparing((Entry e) -> e.start()).thenComparing(Entry::period).reversed());
        return entries;
    }

    private static Optional<Period> parse(String label) {
        try {
            return Optional.of(Period.parse(label));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Entry entry(JobArchive archive, Location dir, Period p) {
        String href = dir.relativeTo(archive.jobDir());
        List<ReportView.Edition> editions = new java.util.ArrayList<>();
        for (String language : Messages.LANGUAGES) {
            if (dir.resolve("index." + language + ".html").isFile()) {
                editions.add(ReportView.Edition.of(Messages.of(language), false, href + "/"));
            }
        }
        return new Entry(
                p.label(),
                p.start().toString(),
                p.end().toString(),
                href + "/index.html",
                href + "/report.pdf",
                dir.resolve("report.pdf").isFile(),
                editions);
    }
}
