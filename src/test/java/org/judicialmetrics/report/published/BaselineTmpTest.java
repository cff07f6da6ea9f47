package org.judicialmetrics.report.published;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.judicialmetrics.counts.CountTable;
import org.judicialmetrics.counts.PublishedFiguresReader;
import org.judicialmetrics.report.ReportRenderer;
import org.judicialmetrics.spec.JobSpecLoader;
import org.junit.jupiter.api.Test;

class BaselineTmpTest {
    @Test
    void render() throws Exception {
        PublishedFiguresReport r = new PublishedFiguresReport(
                new JobSpecLoader(Path.of("jobs")).load("china-published"),
                new CountTable(PublishedFiguresReader.read(Path.of("data/reference/china-published-figures.csv"),
                        java.util.Optional.of(org.judicialmetrics.ingest.mapping.SourceMappingLoader.read(
                                Path.of("jobs/sources/china-published-figures.json"))))),
                "china-published-figures.csv", 2000, 2025, LocalDate.of(2026, 6, 30), Instant.EPOCH, "run");
        if (Boolean.getBoolean("editions")) { ReportRenderer.renderEditions(r.editions(), Path.of(System.getProperty("out.dir"))); } else { ReportRenderer.renderInto(r.document(), Path.of(System.getProperty("out.dir", "/tmp/hzh/before"))); }
    }
}
