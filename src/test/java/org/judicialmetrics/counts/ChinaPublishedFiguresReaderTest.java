package org.judicialmetrics.counts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.judicialmetrics.ingest.InputException;
import org.judicialmetrics.ingest.mapping.SourceMapping;
import org.judicialmetrics.ingest.mapping.SourceMappingLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChinaPublishedFiguresReaderTest {

    static final Path REFERENCE = Path.of("data/reference/china-published-figures.csv");
    /** The reference file is read through its source mapping, as the jobs read it. */
    static final Optional<SourceMapping> MAPPING =
            Optional.of(SourceMappingLoader.read(Path.of("jobs/sources/china-published-figures.json")));

    /** The reference figures, as the jobs read them. */
    static List<PublishedFigure> reference() {
        return PublishedFiguresReader.read(REFERENCE, MAPPING);
    }

    @Test
    void readsEveryReferenceRowWithItsSource() {
        List<PublishedFigure> figures = reference();

        assertThat(figures).hasSizeGreaterThan(120);
        PublishedFigure first = figures.get(0);
        assertThat(first.periodLabel()).isEqualTo("1993-1997");
        assertThat(first.reliability()).isEqualTo("C");
        assertThat(first.source()).isEqualTo("law article quoting SPC reports 1998/2003/2008");
        assertThat(first.url()).startsWith("http://sqxb.com/");
        assertThat(first.unit()).isEqualTo("percent");
    }

    @Test
    void multiYearSpansStaySpans() {
        CountTable table = new CountTable(reference());

        assertThat(table.spans("major_wrongful_corrected_cases"))
                .extracting(PublishedFigure::periodLabel, PublishedFigure::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2013-2015", 23L),
                        org.assertj.core.groups.Tuple.tuple("2013-2016", 34L),
                        org.assertj.core.groups.Tuple.tuple("2013-2017", 39L),
                        org.assertj.core.groups.Tuple.tuple("2013-2018", 46L),
                        org.assertj.core.groups.Tuple.tuple("2013-2020", 58L));
        PublishedFigure span = table.spans("persons_sentenced").get(0);
        assertThat(span.startYear()).isEqualTo(2013);
        assertThat(span.endYear()).isEqualTo(2017);
        assertThat(span.yearly()).isFalse();
        assertThat(table.year("persons_sentenced", 2017)).as("a span is never spread over its years").isEmpty();
    }

    @Test
    void missingYearsAreMissingNotZero() {
        CountTable table = new CountTable(reference());

        assertThat(table.year("acquitted_total", 2017)).isEmpty();
        assertThat(table.yearly("retrial_changed_criminal_cases", 2016, 2020))
                .extracting(p -> p.row().value(), p -> p.row().flags())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1376.0, ""),
                        org.assertj.core.groups.Tuple.tuple(null, "x"),
                        org.assertj.core.groups.Tuple.tuple(1821.0, ""),
                        org.assertj.core.groups.Tuple.tuple(1774.0, ""),
                        org.assertj.core.groups.Tuple.tuple(1818.0, ""));
        assertThat(table.latestYear()).isEqualTo(2025);
    }

    @Test
    void readsTheCanonicalCountTableColumns(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("outcome_counts.csv");
        Files.writeString(file, "\uFEFFperiod,measure,count,source,reliability\r\n"
                + "2019,acquitted_total,\"1,200\",SPC report,A\r\n\r\n2013-2017,acquitted_total,4874,SPC,A\r\n");

        List<PublishedFigure> figures = PublishedFiguresReader.read(file, Optional.empty());

        assertThat(figures).extracting(PublishedFigure::count).containsExactly(1200L, 4874L);
        assertThat(figures.get(1).yearly()).isFalse();
    }

    @Test
    void rejectsAnEmptyCountNamingTheRow(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("counts.csv");
        Files.writeString(file, "period,measure,count,source,reliability\n2017,acquitted_total,,SPC,A\n");

        assertThatThrownBy(() -> PublishedFiguresReader.read(file, Optional.empty()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("'count'")
                .hasMessageContaining("never written as 0");
    }

    @Test
    void rejectsAFileWithoutAMeasureColumn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("counts.csv");
        Files.writeString(file, "period,count,source,reliability\n2017,5,SPC,A\n");

        assertThatThrownBy(() -> PublishedFiguresReader.read(file, Optional.empty()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("required column 'measure' of outcome_counts is missing");
    }
}
