package org.judicialmetrics.run;

import org.judicialmetrics.storage.Location;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import org.judicialmetrics.counts.CountTableFile;
import org.judicialmetrics.counts.OutcomeCounts;
import org.judicialmetrics.ingest.DataRoot;
import org.judicialmetrics.ingest.DatasetSource;
import org.judicialmetrics.ingest.FileColumns;
import org.judicialmetrics.ingest.InputException;
import org.judicialmetrics.ingest.SourceFile;
import org.judicialmetrics.ingest.SourceFormat;
import org.judicialmetrics.ingest.mapping.SourceMapping;
import org.judicialmetrics.ingest.mapping.SourceMappingLoader;
import org.judicialmetrics.model.CountTableSchema;
import org.judicialmetrics.model.Dataset;
import org.judicialmetrics.model.DatasetSchema;
import org.judicialmetrics.period.PeriodType;
import org.judicialmetrics.spec.JobSpec;
import org.judicialmetrics.spec.SpecException;
import org.judicialmetrics.validate.Reason;
import org.judicialmetrics.validate.ValidationCounts;

/**
 * Where a periodic run's data come from: the data root's canonical datasets, external files through their source
 * mappings (which take the place of the data root's file of the same dataset), and at most one count table (the data
 * root's {@code outcome_counts.csv} or a source mapped onto it), which stands in for the datasets it counts.
 *
 * @param caseLevel  case-level datasets to read and validate
 * @param countTable the count table, read on the driver, if the job has one
 */
record RunSources(Map<Dataset, DatasetSource> caseLevel, Optional<CountTableFile> countTable) {

    static RunSources find(SourceMappingLoader mappings, JobSpec spec, Location dataDir) {
        DatasetSchema outcomes = spec.model().schema(Dataset.DEFENDANT_OUTCOMES);
        Map<Dataset, DatasetSource> caseLevel = new DataRoot(dataDir).discover();
        Map<Dataset, DatasetSource> mapped = new EnumMap<>(Dataset.class);
        List<CountTableFile> tables = new ArrayList<>();
        for (JobSpec.SourceSpec s : spec.sources()) {
            SourceMapping mapping = mappings.load(s.mapping());
            Location entry = s.path().equals(".") ? dataDir : dataDir.resolve(s.path());
            mapping.checkFills(mappings.file(s.mapping()), mapping.countTable()
                    ? CountTableSchema.columns(outcomes, spec.model().countBreakdowns())
                    : spec.model().schema(Dataset.byId(mapping.target()).orElseThrow()).columns());
            if (mapping.countTable()) {
                tables.add(CountTableFile.read(entry, Optional.of(mapping), outcomes, spec.model().countBreakdowns()));
                continue;
            }
            Dataset dataset = Dataset.byId(mapping.target()).orElseThrow();
            if (mapped.put(dataset, new DatasetSource(dataset, DataRoot.files(dataset, entry), mapping)) != null) {
                throw new SpecException("job " + spec.id() + ": two sources map to " + dataset.id() + "; keep one");
            }
        }
        caseLevel.putAll(mapped);
        caseLevel.replaceAll((d, s) -> s.withSchema(spec.model().schema(d)));
        Location file = dataDir.resolve(CountTableSchema.ID + ".csv");
        if (file.isFile()) {
            tables.add(CountTableFile.read(file, Optional.empty(), outcomes, spec.model().countBreakdowns()));
        }
        if (tables.size() > 1) {
            throw new SpecException("job " + spec.id() + ": " + tables.size() + " count tables ("
                    + tables.stream().map(t -> t.file().toString()).toList() + "); keep one");
        }
        return new RunSources(caseLevel, tables.stream().findFirst());
    }

    /**
     * Turns the count table into weighted rows of the datasets it counts and enters them beside the case-level ones:
     * as sources (for the report's cover and the manifest), with their columns and their row counts (each dataset
     * the rows counting it; rows the mapping dropped go with the first). A dataset given both ways stops the run.
     */
    Optional<OutcomeCounts.Table> readCounts(SparkSession spark, JobSpec spec,
                                             Map<Dataset, DatasetSource> sources,
                                             Map<Dataset, List<FileColumns>> columns,
                                             Map<Dataset, ValidationCounts> counts) {
        if (countTable.isEmpty()) {
            return Optional.empty();
        }
        OutcomeCounts.Table table = OutcomeCounts.read(spark, countTable.get(), spec.granularity(),
                OutcomeCounts.Shape.of(spec.model()));
        CountTableFile read = table.source();
        for (Dataset d : table.frames().keySet()) {
            if (sources.containsKey(d)) {
                throw new InputException(read.file() + ": the job has both " + d.id()
                        + " and this count table, which counts it; keep one");
            }
        }
        List<SourceFile> files = read.readByFile().keySet().stream().map(f -> new SourceFile(f, SourceFormat.CSV))
                .toList();
        Map<String, Long> byFile = new java.util.LinkedHashMap<>();
        read.readByFile().forEach((f, n) -> byFile.put(f.toString(), n));
        long droppedRows = read.rowsRead() - read.records().size();
        Map<String, Long> dropped = droppedRows == 0 ? Map.of() : Map.of(Reason.DROPPED_BY_RULE.name(), droppedRows);
        boolean first = true;
        for (Dataset d : table.frames().keySet()) {
            sources.put(d, new DatasetSource(d, files, read.mapping().orElse(null)));
            columns.put(d, files.stream().map(f -> new FileColumns(f, List.of(), read.ignored())).toList());
            long kept = table.rows().get(d);
            long rows = kept + (first ? droppedRows : 0);
            // every file's rows are listed with the first dataset the table counts (a file may count several)
            counts.put(d, new ValidationCounts(rows, kept, first ? dropped : Map.of(), first ? byFile : Map.of(),
                    table.latest().get(d)));
            first = false;
        }
        return Optional.of(table);
    }
}
