package org.netnps.server.api;

/** A request the API refuses with 400, naming the parameter and the value. */
public final class BadRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String parameter;
  private final String value;

  public BadRequest(String parameter, String value, String message) {
    super(message);
    this.parameter = parameter;
    this.value = value;
  }

  public String parameter() {
    return parameter;
  }

  public String value() {
    return value;
  }
}
