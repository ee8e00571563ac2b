package org.netnps.sim;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for the simulator's worker tasks, rethrowing their failures unwrapped. */
public final class Futures {
  private Futures() {}

  public static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
