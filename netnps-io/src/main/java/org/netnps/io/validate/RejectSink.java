package org.netnps.io.validate;

/** Where rejected rows go: kept for a report, written to the store, or both. */
@FunctionalInterface
public interface RejectSink {
  void reject(Rejection rejection);
}
