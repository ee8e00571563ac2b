package org.netnps.io.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.netnps.io.pm.CounterMapping;
import org.netnps.io.validate.FileReport;
import org.netnps.io.validate.KnownCells;
import org.netnps.io.validate.Rejection;

/**
 * Reads the files of one table into a visitor's {@link BatchShards}: a large uncompressed CSV in
 * chunks dealt to the lanes, any other file whole on one lane, several files side by side.
 * Rejections and reports are handed on in file order on the calling thread, so what the user is
 * told does not depend on which thread finished first.
 */
final class ShardedRead {
  private final ReadLanes lanes;
  private final KnownCells known;
  private final CounterMapping mapping;
  private final DatasetVisitor visitor;
  private final LongConsumer progress;

  /** A file read whole on a lane: its report and its rejections, held until its turn. */
  private record Whole(DatasetFile file, FileReport report, List<Rejection> rejections) {}

  ShardedRead(ReadLanes lanes, KnownCells known, CounterMapping mapping, DatasetVisitor visitor,
      LongConsumer progress) {
    this.lanes = lanes;
    this.known = known;
    this.mapping = mapping;
    this.visitor = visitor;
    this.progress = n -> {
      synchronized (this) {
        progress.accept(n);
      }
    };
  }

  /** The reports of the files, in their order. */
  List<FileReport> read(List<DatasetFile> files) {
    List<FileReport> reports = new ArrayList<>();
    Deque<Future<Whole>> pending = new ArrayDeque<>();
    for (DatasetFile f : files) {
      if (TableReaders.chunkable(f, ParallelCsv.MIN_PARALLEL_BYTES)) {
        handOn(pending, reports);
        reports.add(chunked(f));
      } else {
        int lane = lanes.take();
        long unit = lanes.unit();
        pending.add(lanes.submit(lane, () -> whole(f, lane, unit)));
      }
    }
    handOn(pending, reports);
    return reports;
  }

  private FileReport chunked(DatasetFile f) {
    ValidationTarget target = new ValidationTarget(known, null, r -> visitor.reject(f, r));
    return TableReaders.csv(f, target, progress, ParallelCsv.MIN_PARALLEL_BYTES, ParallelCsv.CHUNK_BYTES,
        (csv, start, lines) -> csv.readSharded(start, lines, lanes));
  }

  private Whole whole(DatasetFile f, int lane, long unit) {
    List<Rejection> rejections = new ArrayList<>();
    ValidationTarget target = new ValidationTarget(known, lanes.sink(lane, unit), rejections::add,
        lanes.codes(lane));
    FileReport report = switch (f.format()) {
      case CSV -> TableReaders.csv(f, target, progress, Long.MAX_VALUE, ParallelCsv.CHUNK_BYTES);
      case PARQUET -> TableReaders.parquet(f, target);
      case PM_XML -> TableReaders.pmXml(f, mapping, target, progress);
    };
    return new Whole(f, report, rejections);
  }

  private void handOn(Deque<Future<Whole>> pending, List<FileReport> reports) {
    while (!pending.isEmpty()) {
      Whole w = done(pending.poll());
      w.rejections().forEach(r -> visitor.reject(w.file(), r));
      reports.add(w.report());
    }
  }

  private static Whole done(Future<Whole> f) {
    try {
      return ParallelCsv.get(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // not expected: a whole-file read reports its I/O errors
    }
  }
}
