package org.netnps.io.validate;

/**
 * The reconciliation of one file: rows read = accepted + rejected. {@code error} is set when the
 * file could not be read to its end (a truncated .gz, a broken header); the counts then cover
 * what was read before it.
 */
public record FileReport(String path, String kind, long read, long accepted, long rejected, String error) {

  public FileReport {
    if (read != accepted + rejected) {
      throw new IllegalStateException(path + ": read " + read + " != accepted " + accepted
          + " + rejected " + rejected);
    }
  }

  public boolean failed() {
    return error != null;
  }
}
