package org.netnps.app.cli;

import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of long work on stderr, in MB of input with rate and ETA. Quiet for small inputs so
 * that tests and quick runs print only their results.
 */
final class Progress implements LongConsumer, AutoCloseable {
  private static final long SHOW_ABOVE_BYTES = 64L << 20;
  private final ProgressBar bar;
  private long bytes;

  Progress(String task, long totalBytes) {
    this.bar = totalBytes < SHOW_ABOVE_BYTES ? null : new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(Math.max(1, totalBytes >> 20))
        .setUnit(" MB", 1)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(1000)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .showSpeed()
        .build();
  }

  @Override
  public void accept(long delta) {
    bytes += delta;
    if (bar != null) {
      bar.stepTo(bytes >> 20);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
