package org.netnps.io.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.netnps.io.csv.CsvRecordReader;
import org.netnps.io.text.Bytes;
import org.netnps.io.validate.BatchSink;
import org.netnps.io.validate.ColumnBatch;
import org.netnps.io.validate.FileReport;
import org.netnps.io.validate.HeaderBinding;
import org.netnps.io.validate.Rejection;
import org.netnps.io.validate.RowValidator;
import org.netnps.io.validate.TextCodes;

/**
 * Reads a large uncompressed CSV on several threads: the file is cut into chunks at line ends,
 * each chunk is split and validated on its own, and the results (batches, rejections with their
 * true line numbers) are handed on in file order. A cut that falls inside a quoted field with an
 * embedded newline shows as a chunk ending inside quotes; the file is then read on from the start
 * of that record by one thread, so the result is the same as a sequential read.
 */
final class ParallelCsv {
  static final long MIN_PARALLEL_BYTES = 64L << 20;
  static final long CHUNK_BYTES = 16L << 20;
  /** Each reading thread's chunk buffer, reused from chunk to chunk. */
  private static final ThreadLocal<byte[]> CHUNK = ThreadLocal.withInitial(() -> new byte[0]);

  private final DatasetFile file;
  private final HeaderBinding binding;
  private final ValidationTarget target;
  private final LongConsumer progress;
  private final long chunkBytes;
  private long read;
  private long accepted;
  private long rejected;

  /** What one chunk produced, held until its turn. */
  private record Chunk(List<ColumnBatch> batches, List<Rejection> rejections, FileReport counts,
      long lines, long cutRecordStart, long cutRecordLine) {}

  ParallelCsv(DatasetFile file, HeaderBinding binding, ValidationTarget target, LongConsumer progress,
      long chunkBytes) {
    this.file = file;
    this.binding = binding;
    this.target = target;
    this.progress = progress;
    this.chunkBytes = chunkBytes;
  }

  /**
   * Reads from {@code dataStart} (after the header, whose lines are {@code headerLines}). At most
   * {@code threads + 1} chunks are in flight, so memory stays bounded however slow the sink is.
   */
  FileReport read(long dataStart, long headerLines, int threads) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "csv-chunk");
      t.setDaemon(true);
      return t;
    });
    try (FileChannel ch = FileChannel.open(file.path(), StandardOpenOption.READ)) {
      List<Long> cuts = cuts(ch, dataStart, chunkBytes);
      int chunks = cuts.size() - 1;
      Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
      int submitted = 0;
      long lineBase = headerLines;
      for (int k = 0; k < chunks; k++) {
        while (submitted < chunks && inFlight.size() <= threads) {
          long from = cuts.get(submitted);
          long to = cuts.get(submitted + 1);
          boolean last = submitted + 1 == chunks;
          inFlight.add(pool.submit(() -> chunk(load(ch, from, to), last, null)));
          submitted++;
        }
        Chunk c = get(inFlight.poll());
        handOn(c, lineBase);
        progress.accept(cuts.get(k + 1) - cuts.get(k));
        if (c.cutRecordStart() >= 0) {
          inFlight.forEach(f -> f.cancel(false));
          sequentialTail(cuts.get(k) + c.cutRecordStart(), c.cutRecordLine() + lineBase, target);
          break;
        }
        lineBase += c.lines();
      }
      return new FileReport(file.relativePath(), file.schema().kind(), read, accepted, rejected, null);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Reads from {@code dataStart} into the lanes' shards: chunk k is parsed on the next lane in
   * turn and its batches go to that lane's shard as the next unit, once every earlier chunk has
   * been parsed and is known to end between records (deliveries themselves overlap); rejections
   * and counts come back here in file order. Each lane holds at most the chunk it is on. A chunk
   * that ends inside quotes stops the chunks after it, and the rest of the file is read on this
   * thread into the next lane's shard.
   */
  FileReport readSharded(long dataStart, long headerLines, ReadLanes lanes) throws IOException {
    try (FileChannel ch = FileChannel.open(file.path(), StandardOpenOption.READ)) {
      List<Long> cuts = cuts(ch, dataStart, chunkBytes);
      int chunks = cuts.size() - 1;
      List<Future<Chunk>> results = new ArrayList<>(chunks);
      CompletableFuture<Boolean> before = CompletableFuture.completedFuture(true);
      CompletableFuture<Void> scannedBefore = CompletableFuture.completedFuture(null);
      for (int k = 0; k < chunks; k++) {
        CompletableFuture<Boolean> clean = new CompletableFuture<>();
        CompletableFuture<Void> scanned = new CompletableFuture<>();
        results.add(submit(ch, cuts.get(k), cuts.get(k + 1), k + 1 == chunks, lanes,
            new Order(before, clean, scannedBefore, scanned)));
        before = clean;
        scannedBefore = scanned;
      }
      long lineBase = headerLines;
      for (int k = 0; k < chunks; k++) {
        Chunk c = get(results.get(k));
        handOn(c, lineBase);
        progress.accept(cuts.get(k + 1) - cuts.get(k));
        if (c.cutRecordStart() >= 0) {
          for (Future<Chunk> later : results) {
            get(later);   // the lanes are idle once every later chunk has seen the cut and dropped its rows
          }
          int lane = lanes.take();
          ValidationTarget tail = new ValidationTarget(target.known(), lanes.sink(lane, lanes.unit()),
              target.rejects(), lanes.codes(lane));
          sequentialTail(cuts.get(k) + c.cutRecordStart(), c.cutRecordLine() + lineBase, tail);
          break;
        }
        lineBase += c.lines();
      }
      return new FileReport(file.relativePath(), file.schema().kind(), read, accepted, rejected, null);
    }
  }

  /**
   * How a chunk waits for those before it. {@code before}: every chunk before it ended between
   * records; {@code clean} then tells the same of this one. {@code scannedBefore}: every chunk
   * before it has been searched for quotes; {@code scanned} then tells the same of this one.
   */
  private record Order(CompletableFuture<Boolean> before, CompletableFuture<Boolean> clean,
      CompletableFuture<Void> scannedBefore, CompletableFuture<Void> scanned) {}

  /**
   * Chunk [from, to) on the next lane. Its rows reach the shard only if every chunk before it
   * ended between records. A chunk without quotes waits until those before it have been searched
   * for quotes (a read and a scan, milliseconds): if none had any, it is streamed; parsing it whole
   * instead would hold all its batches until the end, out of the cache when the shard reads them.
   */
  private Future<Chunk> submit(FileChannel ch, long from, long to, boolean last, ReadLanes lanes, Order order) {
    int lane = lanes.take();
    long unit = lanes.unit();
    CompletableFuture<Boolean> before = order.before();
    CompletableFuture<Boolean> clean = order.clean();
    return lanes.submit(lane, () -> {
      try {
        int length = load(ch, from, to);
        boolean quoted = Bytes.contains(chunkBytes(), 0, length, (byte) '"');
        order.scannedBefore().thenRun(() -> order.scanned().complete(null));
        if (!quoted) {
          before.thenAccept(clean::complete);   // no record can span its end: clean when those before are
          order.scannedBefore().get();
          if (before.isDone()) {
            return streamed(length, lanes, lane, unit, before);
          }
        }
        Chunk c = chunk(length, last, lanes.codes(lane));
        if (!before.get()) {
          clean.complete(false);
          return new Chunk(List.of(), List.of(), c.counts(), 0, -2, -1);
        }
        clean.complete(c.cutRecordStart() < 0);   // before delivering: the next chunk's lane need not wait for it
        BatchSink sink = lanes.sink(lane, unit);
        for (ColumnBatch b : c.batches()) {
          sink.accept(b);
        }
        return new Chunk(List.of(), c.rejections(), c.counts(), c.lines(), c.cutRecordStart(), c.cutRecordLine());
      } catch (Throwable t) {
        clean.complete(false);
        order.scanned().complete(null);
        throw t;
      }
    });
  }

  /**
   * A chunk without a quote byte whose earlier chunks are known to end between records: its
   * batches go to the lane's shard as each fills instead of being held until the whole chunk is
   * parsed, and one batch is reused. (A chunk with quotes may end inside a quoted field, which only its parse
   * tells; it is parsed whole first, as is a chunk whose earlier chunks are not yet known.)
   */
  private Chunk streamed(int length, ReadLanes lanes, int lane, long unit, CompletableFuture<Boolean> before)
      throws IOException, InterruptedException, ExecutionException {
    if (!before.get()) {
      return new Chunk(List.of(), List.of(), new FileReport(file.relativePath(), file.schema().kind(), 0, 0, 0, null),
          0, -2, -1);
    }
    List<Rejection> rejections = new ArrayList<>();
    RowValidator v = new RowValidator(binding, target.known(), lanes.sink(lane, unit), rejections::add, false,
        lanes.codes(lane));
    CsvRecordReader r = CsvRecordReader.over(chunkBytes(), length, file.relativePath(), 1);
    while (r.next()) {
      v.accept(r);
    }
    v.finish();
    return new Chunk(List.of(), rejections, v.report(file.relativePath(), null), r.linesConsumed(), -1, -1);
  }

  /**
   * Reads bytes [from, to) of the file into this thread's chunk buffer, once: the quote check and
   * the parse then work on the same bytes. Returns their length.
   */
  private static int load(FileChannel ch, long from, long to) throws IOException {
    int length = Math.toIntExact(to - from);
    byte[] bytes = CHUNK.get();
    if (bytes.length < length) {
      bytes = new byte[length + (length >>> 4)];
      CHUNK.set(bytes);
    }
    ByteBuffer dst = ByteBuffer.wrap(bytes, 0, length);
    while (dst.hasRemaining()) {
      if (ch.read(dst, from + dst.position()) < 0) {
        throw new IOException(ch + ": ended at " + (from + dst.position()) + " while reading a chunk up to " + to
            + "; was the file changed while it was read?");
      }
    }
    return length;
  }

  private static byte[] chunkBytes() {
    return CHUNK.get();
  }

  /** Passes a chunk's batches and rejections on, with rejections at their line in the file. */
  private void handOn(Chunk c, long lineBase) {
    for (ColumnBatch b : c.batches()) {
      target.sink().accept(b);
    }
    for (Rejection r : c.rejections()) {
      target.rejects().reject(new Rejection(r.file(), r.line() + lineBase, r.column(), r.value(), r.reason()));
    }
    count(c.counts());
  }

  private void count(FileReport counts) {
    read += counts.read();
    accepted += counts.accepted();
    rejected += counts.rejected();
  }

  private Chunk chunk(int length, boolean last, TextCodes codes) throws IOException {
    List<ColumnBatch> batches = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    RowValidator v = new RowValidator(binding, target.known(), batches::add, rejections::add, true, codes);
    CsvRecordReader r = CsvRecordReader.over(chunkBytes(), length, file.relativePath(), 1);
    while (r.next()) {
      if (!last && r.endsInsideQuotes()) {
        v.finish();
        return new Chunk(batches, rejections, v.report(file.relativePath(), null), 0, r.recordStart(), r.line());
      }
      v.accept(r);
    }
    v.finish();
    return new Chunk(batches, rejections, v.report(file.relativePath(), null), r.linesConsumed(), -1, -1);
  }

  /** The rest of the file from {@code from}, on this thread, straight to the target. */
  private void sequentialTail(long from, long firstLine, ValidationTarget target) throws IOException {
    RowValidator v = target.validator(binding);
    try (FileChannel own = FileChannel.open(file.path(), StandardOpenOption.READ);
        CsvRecordReader r = new CsvRecordReader(range(own, from, own.size()), file.relativePath(), firstLine)) {
      while (r.next()) {
        v.accept(r);
      }
    }
    v.finish();
    count(v.report(file.relativePath(), null));
  }

  /** Chunk boundaries: just after the first line end at or past every CHUNK_BYTES. */
  private static List<Long> cuts(FileChannel ch, long dataStart, long chunkBytes) throws IOException {
    long size = ch.size();
    List<Long> cuts = new ArrayList<>();
    cuts.add(dataStart);
    ByteBuffer buf = ByteBuffer.allocate(64 << 10);
    for (long nominal = dataStart + chunkBytes; nominal < size; ) {
      long cut = nextLineStart(ch, nominal, buf);
      if (cut < 0 || cut >= size) {
        break;
      }
      cuts.add(cut);
      nominal = cut + chunkBytes;
    }
    cuts.add(size);
    return cuts;
  }

  private static long nextLineStart(FileChannel ch, long from, ByteBuffer buf) throws IOException {
    for (long pos = from; ; ) {
      buf.clear();
      int n = ch.read(buf, pos);
      if (n <= 0) {
        return -1;
      }
      for (int i = 0; i < n; i++) {
        if (buf.get(i) == '\n') {
          return pos + i + 1;
        }
      }
      pos += n;
    }
  }

  private static InputStream range(FileChannel ch, long from, long to) {
    return Channels.newInputStream(new RangeChannel(ch, from, to));
  }

  /** The task's result; its IOException or RuntimeException as itself, anything else wrapped. */
  static <T> T get(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** A read-only window [from, to) of a file channel, read with positional reads. */
  private static final class RangeChannel implements java.nio.channels.ReadableByteChannel {
    private final FileChannel ch;
    private long pos;
    private final long end;

    RangeChannel(FileChannel ch, long from, long to) {
      this.ch = ch;
      this.pos = from;
      this.end = to;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      if (pos >= end) {
        return -1;
      }
      int want = (int) Math.min(dst.remaining(), end - pos);
      ByteBuffer slice = dst.slice();
      slice.limit(want);
      int n = ch.read(slice, pos);
      if (n > 0) {
        dst.position(dst.position() + n);
        pos += n;
      }
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {
      // the channel belongs to the caller
    }
  }
}
