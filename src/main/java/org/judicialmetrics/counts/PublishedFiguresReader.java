package org.judicialmetrics.counts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.judicialmetrics.ingest.InputException;
import org.judicialmetrics.ingest.mapping.SourceMapping;

/**
 * The published figures of a count table: every row a figure with its period (a year or a span of years), its source
 * and its reliability grade; a row that cannot be read stops the run naming the file, the line and the field.
 */
public final class PublishedFiguresReader {

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");
    private static final Set<String> GRADES = Set.of("A", "B", "C");

    private PublishedFiguresReader() {
    }

    /** Reads a count table of published figures, through a source mapping when one is given. */
    public static List<PublishedFigure> read(Path file, Optional<SourceMapping> mapping) {
        return read(org.judicialmetrics.storage.Location.local(file), mapping);
    }

    /** As {@link #read(Path, Optional)}, from any store. */
    public static List<PublishedFigure> read(org.judicialmetrics.storage.Location file, Optional<SourceMapping> mapping) {
        return figures(CountTableFile.read(file, mapping,
                org.judicialmetrics.model.DatasetSchema.canonical(org.judicialmetrics.model.Dataset.DEFENDANT_OUTCOMES),
                List.of()));
    }

    /** The figures of a count table already read. */
    public static List<PublishedFigure> figures(CountTableFile table) {
        List<PublishedFigure> figures = new ArrayList<>();
        for (CountTableFile.CountRecord r : table.records()) {
            figures.add(figure(table.file(), r));
        }
        return figures;
    }

    private static PublishedFigure figure(org.judicialmetrics.storage.Location file, CountTableFile.CountRecord r) {
        String period = r.required("period");
        Matcher m = PERIOD.matcher(period);
        if (!m.matches()) {
            throw new InputException(r.where("period") + ": '" + period + "' is not a year (2016) or a span of"
                    + " years (2013-2017)");
        }
        int start = Integer.parseInt(m.group(1));
        int end = m.group(2) == null ? start : Integer.parseInt(m.group(2));
        if (end < start) {
            throw new InputException(r.where("period") + ": '" + period + "' ends before it starts");
        }
        String measure = r.required("measure");
        double value = r.count(false);
        String grade = r.required("reliability");
        if (!GRADES.contains(grade)) {
            throw new InputException(r.where("reliability") + ": '" + grade + "'; allowed: A, B, C");
        }
        return new PublishedFigure(period, start, end, measure, value, r.optional("unit"), grade,
                r.required("source"), r.optional("url"), r.optional("note"));
    }
}
