package org.netnps.io.validate;

/** Receives full batches of accepted rows; the batch is reused after the call returns. */
@FunctionalInterface
public interface BatchSink {
  BatchSink DISCARD = batch -> {};

  void accept(ColumnBatch batch);
}
