package org.netnps.server.query;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.netnps.io.store.DuckDbStore;

/**
 * A fixed set of connections to the one embedded database, lent to one request at a time
 * (docs/decisions/0011: why not a JDBC pool library). DuckDB runs each query on all cores, so a
 * few connections are enough.
 */
public final class StorePool implements AutoCloseable {
  /** What a request does with a borrowed connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Session session) throws Exception;
  }

  private final DuckDbStore primary;
  private final List<Session> all = new ArrayList<>();
  private final BlockingQueue<Session> idle;

  public StorePool(DuckDbStore primary, int size) {
    this.primary = primary;
    this.idle = new ArrayBlockingQueue<>(size);
    try {
      primary.execute("SET threads = " + Integer.getInteger("netnps.duckdb.threads", 1));
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot set DuckDB's threads", e);
    }
    for (int i = 0; i < size; i++) {
      Session s = new Session(primary.duplicate());
      all.add(s);
      idle.add(s);
    }
  }

  public <T> T with(Work<T> work) throws Exception {
    Session s = idle.poll(30, TimeUnit.SECONDS);
    if (s == null) {
      throw new IllegalStateException("no database connection free for 30 s");
    }
    try {
      return work.run(s);
    } finally {
      idle.add(s);
    }
  }

  @Override
  public void close() {
    all.forEach(Session::close);
    primary.close();
  }
}
