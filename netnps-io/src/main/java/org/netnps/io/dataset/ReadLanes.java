package org.netnps.io.dataset;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.netnps.io.schema.TableSchema;
import org.netnps.io.validate.BatchSink;
import org.netnps.io.validate.TextCodes;

/**
 * The reading threads of a sharded read: lane i is one thread that feeds shard i, with its own
 * text coding (codes stay comparable across everything the lane reads; see {@link TextCodes}). Units of work are
 * numbered and dealt to lanes round-robin by the calling thread, in file order.
 */
final class ReadLanes implements AutoCloseable {
  private final BatchShards shards;
  private final ExecutorService[] threads;
  private final TextCodes[] codes;
  private int nextLane;
  private long nextUnit;

  ReadLanes(BatchShards shards, TableSchema schema) {
    this.shards = shards;
    int n = Math.max(1, Math.min(shards.count(), Runtime.getRuntime().availableProcessors()));
    this.threads = new ExecutorService[n];
    this.codes = new TextCodes[n];
    for (int i = 0; i < n; i++) {
      codes[i] = new TextCodes(schema, shards::reads);
      String name = "read-lane-" + i;
      threads[i] = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
      });
    }
  }

  int count() {
    return threads.length;
  }

  /** The lane of the next unit, in turn. */
  int take() {
    int lane = nextLane;
    nextLane = (nextLane + 1) % threads.length;
    return lane;
  }

  /** The number of the next unit. */
  long unit() {
    return nextUnit++;
  }

  <T> Future<T> submit(int lane, Callable<T> task) {
    return threads[lane].submit(task);
  }

  TextCodes codes(int lane) {
    return codes[lane];
  }

  BatchSink sink(int lane, long unit) {
    return shards.sink(lane, unit);
  }

  @Override
  public void close() {
    for (ExecutorService t : threads) {
      t.shutdownNow();
    }
  }
}
