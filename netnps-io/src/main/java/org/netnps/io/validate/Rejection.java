package org.netnps.io.validate;

/**
 * A row that broke the contract: where it is (file, line), which column and value, and why.
 * {@code column} and {@code value} are null when the whole row is at fault (wrong field count).
 */
public record Rejection(String file, long line, String column, String value, String reason) {

  /** One line for people: {@code xdr/a.csv:12: rsrp_dbm = '-20': must be in [-156, -31]}. */
  public String describe() {
    String where = file + ":" + line + ": ";
    if (column == null) {
      return where + reason;
    }
    return where + column + " = '" + (value == null ? "" : value) + "': " + reason;
  }
}
