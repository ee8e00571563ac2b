package org.netnps.server.api;

/** A resource that does not exist: 404 with what was looked for. */
public final class NotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFound(String message) {
    super(message);
  }
}
