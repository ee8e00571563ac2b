package org.netnps.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.netnps.server.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code netnps report RESULTS --out report.html}: a self-contained HTML report. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write a self-contained HTML report of a results directory (figures, NPS trend, class shares, a map "
        + "of the grids with the top hotspots, findings, plan); it opens offline.")
public final class ReportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "RESULTS", description = "results directory of `netnps analyze`")
  Path results;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the HTML file to write")
  Path out;

  @Option(names = "--min-grid-subscribers", defaultValue = "5", description = "smallest grid drawn (default "
      + "${DEFAULT-VALUE})")
  int minGridSubscribers;

  @Override
  public Integer call() {
    HtmlReport.write(results, out, minGridSubscribers);
    System.out.println("report written to " + out);
    return 0;
  }
}
