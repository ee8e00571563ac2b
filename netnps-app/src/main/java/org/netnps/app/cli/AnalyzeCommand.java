package org.netnps.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.netnps.app.analyze.Analysis;
import org.netnps.app.analyze.AnalysisOptions;
import org.netnps.app.analyze.AnalysisResult;
import org.netnps.app.analyze.ResultsWriter;
import org.netnps.app.twin.TwinPlanning;
import org.netnps.core.UserException;
import org.netnps.core.qoe.QoeThresholds;
import org.netnps.io.dataset.DatasetReader;
import org.netnps.io.store.DuckDbStore;
import org.netnps.io.store.ResultsLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code netnps analyze DATASET --out RESULTS [--db FILE]}: network NPS for every subscriber. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Score every session's QoE, build experience profiles, train the NPS model on the "
        + "surveyed subscribers, score everybody and write network NPS with its interval, breakdowns, "
        + "grids (whole period and hourly), reasons, diagnosed findings and a plan (DATA-CONTRACT.md 'Output').")
public final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DATASET", description = "dataset directory (DATA-CONTRACT.md)")
  Path dataset;

  @Option(names = "--out", required = true, paramLabel = "RESULTS", description = "results directory (replaced)")
  Path out;

  @Option(names = "--db", paramLabel = "FILE", description = "also store the results in this DuckDB database")
  Path db;

  @Option(names = "--window-days", defaultValue = "7", description = "experience window in days (default ${DEFAULT-VALUE})")
  int windowDays;

  @Option(names = "--seed", defaultValue = "1", description = "model seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--min-group", defaultValue = "20", description = "smallest group a breakdown shows (default ${DEFAULT-VALUE})")
  int minGroup;

  @Option(names = "--thresholds", paramLabel = "FILE", description = "poor-QoE thresholds (properties, docs/qoe.md)")
  Path thresholds;

  @Option(names = "--no-reasons", description = "skip the per-subscriber TreeSHAP reasons (faster)")
  boolean noReasons;

  @Option(names = "--max-rejects", defaultValue = "20", description = "rejects to show (default ${DEFAULT-VALUE})")
  int maxRejects;

  @Option(names = "--whatif", description = "value every candidate action of plan.csv by SRCON what-if runs on the "
      + "dataset's twin instead of the NPS model's counterfactual (docs/twin.md; minutes on a city)")
  boolean whatIf;

  @Mixin
  CounterMapOption counterMap;

  @Mixin
  TwinOptions twin;

  @Override
  public Integer call() {
    AnalysisOptions d = AnalysisOptions.defaults();
    AnalysisOptions options = new AnalysisOptions(windowDays, d.folds(), seed, minGroup, d.minGroupAnswers(),
        d.maxPlans(), thresholds == null ? QoeThresholds.DEFAULTS : readThresholds(thresholds), !noReasons,
        Long.MAX_VALUE);
    RejectSample sample = new RejectSample(maxRejects);
    AnalysisResult r;
    try (Progress progress = new Progress("analyze",
        DatasetReader.totalBytes(new DatasetReader(dataset, counterMap.mapping()).plan()))) {
      r = Analysis.run(dataset, options, counterMap.mapping(), sample, progress);
    }
    TwinPlanning.Planned valued = null;
    if (whatIf) {
      valued = TwinPlanning.regain(r, twin.options(Runtime.getRuntime().availableProcessors(), windowDays));
      r = valued.analysis();
      var t = valued.twin();
      System.out.printf(Locale.ROOT, "plan valued on the twin: %d subscribers, %d what-if runs in %.1f s; busy-hour "
          + "PRB median measured %.3f, twin %.3f; NR share of bearer setups measured %.3f, twin %.3f%n",
          t.world().population().size, valued.gains().runs(), valued.gains().seconds(), t.measuredBusyHourPrb(),
          t.twinBusyHourPrb(), t.nrShare().measured(), t.nrShare().twin());
      AgreementReport.print(valued.agreement());
    }
    if (r.report().rejected() > 0) {
      new ReportPrinter(System.out).text(r.report(), sample);
    }
    ResultsWriter.write(r, out, org.netnps.app.Main.version());
    if (valued != null) {
      valued.writeWhatIf(out);
    }
    if (db != null) {
      try (DuckDbStore store = DuckDbStore.open(db)) {
        ResultsLoad.load(store, out.toAbsolutePath(), dataset.resolve("cells.csv"));
      }
    }
    System.out.printf(Locale.ROOT, "network NPS %.1f [%.1f, %.1f] over %,d subscribers; survey NPS %.1f [%.1f, %.1f] "
        + "from %,d answers%n", r.networkNps().nps(), r.networkNps().lo(), r.networkNps().hi(), r.subscribersScored(),
        r.surveyNps().nps(), r.surveyNps().lo(), r.surveyNps().hi(), r.surveyNps().answers());
    System.out.printf(Locale.ROOT, "model (%s) hold-out: detractor AUC %.3f, log-loss %.3f (trees %.3f / %.3f, logistic "
        + "baseline %.3f / %.3f at L2 %s); network explains %.0f%% of detractor risk%n",
        r.model().model().kind().name().toLowerCase(Locale.ROOT), r.model().metrics().detractorAuc(),
        r.model().metrics().logLoss(), r.model().trees().detractorAuc(), r.model().trees().logLoss(),
        r.model().baseline().detractorAuc(), r.model().baseline().logLoss(), r.model().ridge(),
        100 * r.networkShare().shareOfDetractorRisk());
    System.out.printf(Locale.ROOT, "%d findings, %d plan actions%n", r.findings().size(), r.plan().size());
    System.out.printf(Locale.ROOT, "%,d sessions (%,d poor), %,d rows rejected; results in %s%s%n", r.scan().sessions(),
        r.scan().poorSessions(), r.report().rejected(), out, db == null ? "" : " and " + db);
    return 0;
  }

  private static QoeThresholds readThresholds(Path file) {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    } catch (IOException e) {
      throw new UserException(file + ": cannot read thresholds: " + e.getMessage());
    }
    return QoeThresholds.from(p, file.toString());
  }
}
