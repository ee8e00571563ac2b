package org.netnps.io.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.netnps.core.UserException;
import org.netnps.io.dataset.DatasetFile.Format;
import org.netnps.io.pm.CounterMapping;
import org.netnps.io.schema.ContractSchemas;
import org.netnps.io.schema.TableSchema;
import org.netnps.io.validate.BatchSink;
import org.netnps.io.validate.ColumnBatch;
import org.netnps.io.validate.FileReport;
import org.netnps.io.validate.KnownCells;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a dataset directory of DATA-CONTRACT.md: cells.csv first (every other file refers to its
 * cells), then xdr/, pm/, alarms, subscribers, surveys and complaints. A missing required file is
 * an error for the user; everything else is reported per file and the reading goes on.
 */
public final class DatasetReader {
  private static final Logger LOG = LoggerFactory.getLogger(DatasetReader.class);
  private static final List<TableSchema> SINGLE_FILES = List.of(
      ContractSchemas.ALARMS, ContractSchemas.SUBSCRIBERS, ContractSchemas.SURVEYS,
      ContractSchemas.COMPLAINTS);

  private final Path dir;
  private final CounterMapping mapping;

  public DatasetReader(Path dir, CounterMapping mapping) {
    this.dir = dir;
    this.mapping = mapping;
  }

  /** The files that will be read, in order; fails when a required one is missing. */
  public List<DatasetFile> plan() {
    if (!Files.isDirectory(dir)) {
      throw new UserException(dir + ": not a dataset directory");
    }
    List<DatasetFile> files = new ArrayList<>();
    files.add(single(ContractSchemas.CELLS).orElseThrow(() -> new UserException(
        dir + ": cells.csv is missing; a dataset needs its cell configuration (DATA-CONTRACT.md)")));
    List<DatasetFile> xdr = listed("xdr", ContractSchemas.XDR);
    if (xdr.isEmpty()) {
      throw new UserException(dir + ": no session records: xdr/ must hold *.csv, *.csv.gz or *.parquet files");
    }
    files.addAll(xdr);
    files.addAll(listed("pm", ContractSchemas.PM));
    for (TableSchema schema : SINGLE_FILES) {
      single(schema).ifPresent(files::add);
    }
    return files;
  }

  /** Total bytes of the planned files, for progress. */
  public static long totalBytes(List<DatasetFile> files) {
    long total = 0;
    for (DatasetFile f : files) {
      try {
        total += Files.size(f.path());
      } catch (IOException e) {
        // counted as zero; reading the file will say what is wrong with it
      }
    }
    return total;
  }

  public DatasetReport read(DatasetVisitor visitor, LongConsumer progress) {
    DatasetManifest manifest = DatasetManifest.read(dir);
    List<DatasetFile> files = plan();
    KnownCells known = new KnownCells();
    List<FileReport> reports = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      DatasetFile f = files.get(i);
      boolean isCells = f.schema() == ContractSchemas.CELLS;
      BatchShards shards = isCells ? null : visitor.shards(f.schema());
      if (shards != null) {
        int end = i;
        while (end < files.size() && files.get(end).schema() == f.schema()) {
          end++;
        }
        readSharded(files.subList(i, end), shards, known, visitor, progress, reports, skipped);
        i = end - 1;
        continue;
      }
      boolean deliver = visitor.beginFile(f);
      if (!deliver && !isCells) {
        skipped.add(f.relativePath());
        continue;
      }
      long started = System.nanoTime();
      BatchSink sink = deliver ? batch -> visitor.batch(f, batch) : BatchSink.DISCARD;
      if (isCells) {
        BatchSink toVisitor = sink;
        sink = batch -> {
          remember(known, batch);
          toVisitor.accept(batch);
        };
      }
      FileReport report = read(f, isCells ? null : known, sink, visitor, progress);
      reports.add(report);
      LOG.info("{}: {} rows read, {} accepted, {} rejected in {} s{}", f.relativePath(), report.read(),
          report.accepted(), report.rejected(), String.format(Locale.ROOT, "%.2f",
              (System.nanoTime() - started) / 1e9), report.failed() ? " (" + report.error() + ")" : "");
      if (deliver) {
        visitor.endFile(f, report);
      }
      if (isCells && (report.failed() || known.cellCount() == 0)) {
        throw new UserException(f.relativePath() + ": "
            + (report.failed() ? report.error() : "no valid cell") + "; nothing else can be checked without the cells");
      }
    }
    return new DatasetReport(manifest, reports, skipped);
  }

  /** A run of files of one table into the visitor's shards, on several threads (see {@link ShardedRead}). */
  private void readSharded(List<DatasetFile> run, BatchShards shards, KnownCells known, DatasetVisitor visitor,
      LongConsumer progress, List<FileReport> reports, List<String> skipped) {
    List<DatasetFile> read = new ArrayList<>();
    for (DatasetFile f : run) {
      if (visitor.beginFile(f)) {
        read.add(f);
      } else {
        skipped.add(f.relativePath());
      }
    }
    long started = System.nanoTime();
    List<FileReport> done;
    try (ReadLanes lanes = new ReadLanes(shards, run.get(0).schema())) {
      done = new ShardedRead(lanes, known, mapping, visitor, progress).read(read);
      LOG.info("{} files of {} read on {} threads in {} s", read.size(), run.get(0).schema().kind(), lanes.count(),
          String.format(Locale.ROOT, "%.2f", (System.nanoTime() - started) / 1e9));
    }
    for (int k = 0; k < read.size(); k++) {
      FileReport report = done.get(k);
      reports.add(report);
      LOG.info("{}: {} rows read, {} accepted, {} rejected{}", report.path(), report.read(), report.accepted(),
          report.rejected(), report.failed() ? " (" + report.error() + ")" : "");
      visitor.endFile(read.get(k), report);
    }
  }

  private FileReport read(DatasetFile f, KnownCells known, BatchSink sink, DatasetVisitor visitor,
      LongConsumer progress) {
    ValidationTarget target = new ValidationTarget(known, sink, r -> visitor.reject(f, r));
    return switch (f.format()) {
      case CSV -> TableReaders.csv(f, target, progress);
      case PARQUET -> TableReaders.parquet(f, target);
      case PM_XML -> TableReaders.pmXml(f, mapping, target, progress);
    };
  }

  private static void remember(KnownCells known, ColumnBatch cells) {
    int cellId = cells.schema().indexOf("cell_id");
    int siteId = cells.schema().indexOf("site_id");
    for (int row = 0; row < cells.size(); row++) {
      known.add(cells.stringAt(cellId, row), cells.stringAt(siteId, row));
    }
  }

  private java.util.Optional<DatasetFile> single(TableSchema schema) {
    for (String name : List.of(schema.kind() + ".csv", schema.kind() + ".csv.gz")) {
      Path p = dir.resolve(name);
      if (Files.isRegularFile(p)) {
        return java.util.Optional.of(new DatasetFile(p, name, schema, Format.CSV));
      }
    }
    return java.util.Optional.empty();
  }

  private List<DatasetFile> listed(String folder, TableSchema schema) {
    Path sub = dir.resolve(folder);
    if (!Files.isDirectory(sub)) {
      return List.of();
    }
    List<DatasetFile> out = new ArrayList<>();
    try (Stream<Path> paths = Files.list(sub)) {
      for (Path p : paths.sorted().toList()) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        Format format = formatOf(name, folder.equals("pm"));
        if (format == null || Files.isDirectory(p)) {
          LOG.warn("{}/{}: ignored (not a file of the data contract)", folder, p.getFileName());
          continue;
        }
        out.add(new DatasetFile(p, folder + "/" + p.getFileName(), schema, format));
      }
    } catch (IOException e) {
      throw new UserException(sub + ": cannot list: " + e.getMessage());
    }
    return out;
  }

  private static Format formatOf(String name, boolean pm) {
    if (name.endsWith(".csv") || name.endsWith(".csv.gz")) {
      return Format.CSV;
    }
    if (!pm && name.endsWith(".parquet")) {
      return Format.PARQUET;
    }
    if (pm && (name.endsWith(".xml") || name.endsWith(".xml.gz"))) {
      return Format.PM_XML;
    }
    return null;
  }
}
