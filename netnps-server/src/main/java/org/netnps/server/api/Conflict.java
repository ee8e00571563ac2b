package org.netnps.server.api;

/** A request that the resource's state does not allow now: 409. */
public final class Conflict extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public Conflict(String message) {
    super(message);
  }
}
