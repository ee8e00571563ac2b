package org.netnps.io.dataset;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.netnps.core.UserException;

/** Opens input files: gzip is recognised by its magic bytes, whatever the file is called. */
public final class InputFiles {
  private InputFiles() {}

  /** The file's content, gunzipped when needed; {@code progress} hears of every raw byte read. */
  public static InputStream open(Path file, LongConsumer progress) throws IOException {
    if (!Files.exists(file)) {
      throw new UserException(file + ": no such file");
    }
    // FileInputStream, not Files.newInputStream: its available() works on named pipes too
    InputStream raw = new FileInputStream(file.toFile());
    BufferedInputStream in = new BufferedInputStream(new Counting(raw, progress), 1 << 16);
    in.mark(2);
    int b0 = in.read();
    int b1 = in.read();
    in.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      return new GZIPInputStream(in, 1 << 16);
    }
    return in;
  }

  /** Whether a stream from {@link #open} is gunzipping. */
  public static boolean isCompressed(InputStream in) {
    return in instanceof GZIPInputStream;
  }

  /** A read failure as a message for the user: truncated or corrupt gzip is the usual case. */
  public static String describe(IOException e) {
    if (e instanceof EOFException || e instanceof ZipException) {
      return "truncated or corrupt gzip data (" + e.getMessage() + ")";
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static final class Counting extends FilterInputStream {
    private final LongConsumer progress;

    Counting(InputStream in, LongConsumer progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        progress.accept(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        progress.accept(n);
      }
      return n;
    }
  }
}
