package org.netnps.app.cli;

import org.netnps.app.twin.DatasetTwin;
import org.netnps.core.UserException;
import picocli.CommandLine.Option;

/** {@code --twin-subscribers N --twin-days D}: the size of the what-if twin (docs/twin.md). */
final class TwinOptions {
  @Option(names = "--twin-subscribers", paramLabel = "N",
      description = "at most N of the seen subscribers in the what-if twin (default 20000)")
  Integer subscribers;

  @Option(names = "--twin-days", paramLabel = "D",
      description = "days each what-if run simulates after SRCON's burn-in (default: the feature window, 7)")
  Integer days;

  DatasetTwin.Options options(int threads, int windowDays) {
    DatasetTwin.Options d = DatasetTwin.Options.defaults(windowDays);
    int n = subscribers == null ? d.subscribers() : subscribers;
    int t = days == null ? d.days() : days;
    if (n < 1 || t < 1) {
      throw new UserException("--twin-subscribers and --twin-days must be at least 1, but were " + n + " and " + t);
    }
    return new DatasetTwin.Options(n, t, d.seed(), threads);
  }
}
