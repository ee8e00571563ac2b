package org.netnps.app.analyze;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import org.netnps.core.UserException;
import org.netnps.core.domain.NpsClass;
import org.netnps.core.experience.FeatureSet;
import org.netnps.core.grid.GridIndexer;
import org.netnps.core.nps.NpsEstimate;
import org.netnps.core.nps.PredictionPoweredNps;
import org.netnps.core.nps.PredictionPoweredNps.Rectifier;
import org.netnps.core.nps.SurveyNps;
import org.netnps.core.qoe.SessionScorer;
import org.netnps.io.dataset.DatasetManifest;
import org.netnps.io.dataset.DatasetReader;
import org.netnps.io.dataset.DatasetReport;
import org.netnps.io.dataset.DatasetVisitor;
import org.netnps.io.pm.CounterMapping;
import org.netnps.io.scan.CustomerRecords;
import org.netnps.io.scan.ExperienceScan;
import org.netnps.io.scan.ScanResult;
import org.netnps.io.scan.SurveyAnswers;
import org.netnps.ml.CovariateShift;
import org.netnps.ml.Hyperparameters;
import org.netnps.ml.NpsModel;
import org.netnps.ml.NpsModelTrainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysis of a dataset: read and score every session, build experience profiles, train the
 * NPS model on the surveyed, score everybody, and estimate network NPS with its interval, by
 * region, cell, plan, device, grid and day, with reasons per subscriber.
 */
public final class Analysis {
  private static final Logger LOG = LoggerFactory.getLogger(Analysis.class);
  private static final int REASONS_PER_SUBSCRIBER = 3;
  /** Fewer answers than this cannot train and cross-validate a model (two folds of ten). */
  static final int MIN_ANSWERS = 2 * NpsModelTrainer.MIN_ROWS_PER_FOLD;
  /** Below this many answers with a whole window, answers with a cut-short window are used too. */
  static final int MIN_WHOLE_WINDOW_ANSWERS = 200;
  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private long lap = System.nanoTime();

  public static AnalysisResult run(Path dataset, AnalysisOptions o, CounterMapping mapping,
      DatasetVisitor extra, LongConsumer progress) {
    return new Analysis().analyze(dataset, o, mapping, extra, progress);
  }

  private AnalysisResult analyze(Path dataset, AnalysisOptions o, CounterMapping mapping,
      DatasetVisitor extra, LongConsumer progress) {
    DatasetManifest manifest = DatasetManifest.read(dataset);
    GridIndexer grids = new GridIndexer(manifest.gridResolution());
    ExperienceScan visitor = new ExperienceScan(new SessionScorer(o.thresholds()), grids, o.untilMs());
    DatasetReport report = new DatasetReader(dataset, mapping).read(DatasetVisitor.both(visitor, extra), progress);
    ScanResult scan = visitor.result();
    lap("read_and_score");
    if (scan.sessions() == 0) {
      throw new UserException(dataset + ": no accepted session records, nothing to analyze");
    }
    FeatureSet set = new FeatureSet(scan.customers().plans(o.maxPlans()), o.windowDays());
    FeatureBuilder fb = new FeatureBuilder(scan, set);
    FeatureBuilder.Training training = fb.training(MIN_WHOLE_WINDOW_ANSWERS);
    int answered = training.set().rows();
    if (answered < MIN_ANSWERS) {
      throw new UserException(dataset + ": surveys.csv has " + answered + " answers from subscribers with "
          + "sessions; the NPS model needs at least " + MIN_ANSWERS);
    }
    int folds = Math.min(o.folds(), answered / NpsModelTrainer.MIN_ROWS_PER_FOLD);
    NpsModelTrainer.Result model = NpsModelTrainer.train(training.set(), Hyperparameters.defaults(o.seed()), folds);
    lap("train");
    ScoredBase base = ScoredBase.score(fb, scan.seen(), model.model());
    lap("score");

    Breakdowns.Answers answers = answers(training, model);
    double[] weights = CovariateShift.weights(training.set().x(), base.features(), o.seed());
    Rectifier rect = Rectifier.weighted(answers.y(), answers.fOutOfFold(), weights);
    NpsEstimate network = PredictionPoweredNps.estimate(base.f(), rect);
    Map<String, NpsEstimate> estimators = new LinkedHashMap<>();
    estimators.put("ppi_shift_weighted", network);
    estimators.put("ppi_unweighted", PredictionPoweredNps.estimate(base.f(), Rectifier.of(answers.y(), answers.fOutOfFold())));
    estimators.put("model_only", PredictionPoweredNps.estimate(base.f(), new Rectifier(0, 0, 0)));
    lap("estimate");
    double[] shares = shares(base, training, model);
    AnalysisResult.NetworkShare networkShare = networkShare(fb, base, model.model(), rect);
    Breakdowns bd = new Breakdowns(base, answers, rect, o.minGroup(), o.minGroupAnswers());
    Map<String, List<Breakdowns.Row>> breakdowns = new LinkedHashMap<>();
    IntFunction<String> mainCell = s -> {
      long c = scan.profiles()[s].cells().busiest();
      return c < 0 ? null : scan.cells().get((int) c).cellId();
    };
    IntFunction<String> region = s -> {
      long c = scan.profiles()[s].cells().busiest();
      return c < 0 ? null : scan.cells().get((int) c).region();
    };
    CustomerRecords crm = scan.customers();
    breakdowns.put("region", bd.by("region", region));
    breakdowns.put("cell", bd.by("cell", mainCell));
    breakdowns.put("plan", bd.by("plan", s -> crm.row(s) == null ? null : crm.row(s).plan()));
    breakdowns.put("device", bd.by("device", s -> crm.row(s) == null ? null : crm.row(s).deviceModel()));
    DailyScores daily = DailyScores.of(scan, fb, base, model.model());
    List<Trend.Day> trend = Trend.daily(daily, rect, o.windowDays());
    lap("breakdowns");
    List<GridTable.Row> gridRows = GridTable.build(scan, base, daily, fb, model.model(), grids, o.minGroup());
    List<DeviceDays.Row> deviceDays = DeviceDays.of(scan, base, daily, o.minGroup());
    lap("grids");
    List<List<Reasons.Reason>> reasons = o.reasons() ? reasons(scan, fb, base, model.model(), manifest, o) : List.of();
    lap("reasons");
    List<Diagnosis.Finding> findings = Diagnosis.run(scan, base, fb, model.model(), grids);
    List<Plans.Action> plan = Plans.of(findings, scan, grids, gridRows);
    lap("diagnosis");
    LOG.info("analysis: {} subscribers scored, network NPS {} in {}", base.size(), network, seconds);
    return new AnalysisResult(manifest, report, scan, set, training, model, base, network,
        surveyNps(scan.surveys()), estimators, shares, networkShare, breakdowns, trend, gridRows, deviceDays, reasons,
        findings,
        plan, seconds, AnalysisResult.MODEL_GAINS);
  }

  private static Breakdowns.Answers answers(FeatureBuilder.Training training, NpsModelTrainer.Result model) {
    int n = training.set().rows();
    double[] y = new double[n];
    double[] f = new double[n];
    int[] sub = training.set().group().clone();
    for (int i = 0; i < n; i++) {
      y[i] = training.set().y()[i] - 1;   // detractor 0 -> -1, passive 0, promoter 2 -> +1
      f[i] = model.outOfFold()[i][2] - model.outOfFold()[i][0];
    }
    return new Breakdowns.Answers(sub, y, f);
  }

  /** Prediction-powered class shares (they sum to 1 up to clipping). */
  private static double[] shares(ScoredBase base, FeatureBuilder.Training training, NpsModelTrainer.Result model) {
    double[] out = new double[3];
    for (int k = 0; k < 3; k++) {
      double[] p = new double[base.size()];
      for (int i = 0; i < p.length; i++) {
        p[i] = base.p()[i][k];
      }
      int n = training.set().rows();
      double[] ind = new double[n];
      double[] oof = new double[n];
      for (int i = 0; i < n; i++) {
        ind[i] = training.set().y()[i] == k ? 1 : 0;
        oof[i] = model.outOfFold()[i][k];
      }
      out[k] = PredictionPoweredNps.share(p, Rectifier.of(ind, oof));
    }
    return out;
  }

  private static AnalysisResult.NetworkShare networkShare(FeatureBuilder fb, ScoredBase base, NpsModel model, Rectifier rect) {
    float[][] clean = new float[base.size()][];
    for (int i = 0; i < clean.length; i++) {
      clean[i] = fb.networkClean(base.subscribers()[i]);
    }
    double[][] p = ScoredBase.predict(model, clean);
    return new AnalysisResult.NetworkShare(ScoredBase.mean(base.p(), 0), ScoredBase.mean(p, 0),
        PredictionPoweredNps.estimate(ScoredBase.scores(p), rect));
  }

  private static NpsEstimate surveyNps(SurveyAnswers s) {
    long[] counts = new long[3];
    for (int i = 0; i < s.size(); i++) {
      counts[NpsClass.ofScore(s.score(i)).ordinal()]++;
    }
    return SurveyNps.of(counts[2], counts[1], counts[0]);
  }

  private static List<List<Reasons.Reason>> reasons(ScanResult scan, FeatureBuilder fb, ScoredBase base,
      NpsModel model, DatasetManifest manifest, AnalysisOptions o) {
    int end = fb.endDay();
    Reasons words = new Reasons(scan, fb.featureSet(), manifest.timezone(), fb.windowStart(end), end, o.thresholds());
    List<List<Reasons.Reason>> out = new ArrayList<>(base.size());
    for (int from = 0; from < base.size(); from += ScoredBase.CHUNK) {
      int to = Math.min(base.size(), from + ScoredBase.CHUNK);
      float[][] x = java.util.Arrays.copyOfRange(base.features(), from, to);
      float[][] c = model.detractorContributions(x);
      for (int i = 0; i < c.length; i++) {
        out.add(words.top(base.subscribers()[from + i], c[i], x[i], REASONS_PER_SUBSCRIBER));
      }
    }
    return out;
  }

  private void lap(String step) {
    long now = System.nanoTime();
    seconds.put(step, Math.round((now - lap) / 1e7) / 100.0);
    lap = now;
  }

}
