package org.netnps.core;

/**
 * The one exception for problems the user can fix: a missing file, an unreadable header, a bad
 * option. The edges (CLI, HTTP) turn it into a clear message and an exit code or a 400, with no
 * stack trace. Everything else is a bug and keeps its stack trace.
 */
public class UserException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserException(String message) {
    super(message);
  }

  public UserException(String message, Throwable cause) {
    super(message, cause);
  }
}
