package org.netnps.io.dataset;

import org.netnps.io.validate.BatchSink;

/**
 * A visitor's state for one table split into shards that fill side by side, one reading thread
 * each, and are merged after the table's last file. The reader deals out units of work (a file,
 * or a chunk of a large one), numbered in file order; each shard gets its units in increasing
 * order, on one thread at a time, so a read is deterministic for a given number of shards.
 */
public interface BatchShards {
  /** How many shards (reading threads) at most. */
  int count();

  /** Whether the shards read a column; text columns they do not read are checked but not coded. */
  default boolean reads(String column) {
    return true;
  }

  /** The sink of shard {@code shard} for the batches of unit {@code unit}. */
  BatchSink sink(int shard, long unit);
}
