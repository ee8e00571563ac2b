package org.netnps.app.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.netnps.io.scan.CustomerRecords;
import org.netnps.ml.Metrics;
import org.netnps.ml.NpsModelTrainer;
import org.netnps.ml.ReliabilityTable;
import org.netnps.ml.SegmentCalibration;

/** model-card.md: what the NPS model is for, what it was trained on, how well it does, its limits. */
final class ModelCard {
  private ModelCard() {}

  static String of(AnalysisResult r, String version) {
    StringBuilder b = new StringBuilder();
    var m = r.model();
    b.append("# NPS model card\n\n");
    b.append("Intended use: estimate each subscriber's probability of being a detractor, passive or promoter "
        + "from network experience and CRM attributes, to compute network NPS for the whole base and to "
        + "explain it. Not for decisions about an individual customer's contract or price.\n\n");
    b.append("## Model\n");
    b.append(String.format(Locale.ROOT, "- chosen by hold-out log-loss: **%s** (candidates: XGBoost multi:softprob "
        + "trees, %d rounds, depth %d, eta %.3f; multinomial logistic regression, XGBoost's linear booster on "
        + "standardised features, L2 penalty %s chosen by hold-out log-loss from %s); seed %d; temperature scaling "
        + "T = %.3f fitted on out-of-fold margins\n",
        m.model().kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), m.hyperparameters().rounds(),
        m.hyperparameters().maxDepth(), m.hyperparameters().eta(), m.ridge(), ridgePath(m), m.hyperparameters().seed(),
        m.model().temperature()));
    b.append(String.format(Locale.ROOT, "- %d features (%d-day window before each answer; before the period's "
        + "end for scoring): %s\n", r.featureSet().size(), r.featureSet().windowDays(),
        String.join(", ", r.featureSet().names())));
    b.append(String.format(Locale.ROOT, "- trained on %d survey answers (%d answers of subscribers without "
        + "sessions left out, %d with a window cut short by the start of the data), %d-fold cross-validation "
        + "grouped by subscriber; built by %s\n\n",
        r.training().set().rows(), r.training().skippedNoSessions(), r.training().skippedPartialWindow(), m.folds(),
        version));
    b.append("## Hold-out metrics (out-of-fold)\n\n| model | detractor AUC | log-loss | Brier | accuracy |\n|---|---|---|---|---|\n");
    row(b, "gradient-boosted trees (XGBoost), calibrated", m.trees());
    row(b, "logistic regression baseline, calibrated", m.baseline());
    b.append("\n## Reliability of P(detractor) of the chosen model (out-of-fold)\n\n| predicted | answers | mean predicted | observed |\n|---|---|---|---|\n");
    for (ReliabilityTable.Bin bin : m.detractorReliability().bins()) {
      b.append(String.format(Locale.ROOT, "| %.1f-%.1f | %d | %.3f | %.3f |\n", bin.from(), bin.to(), bin.count(),
          bin.meanPredicted(), bin.observed()));
    }
    b.append(String.format(Locale.ROOT, "\nExpected calibration error: detractor %.4f, promoter %.4f.\n\n",
        m.detractorReliability().expectedCalibrationError(), m.promoterReliability().expectedCalibrationError()));
    segments(b, r);
    b.append("## Limits\n- Survey answers are taken as a random sample of the base; non-response bias is not modelled.\n"
        + "- Features use whole UTC days before the answer: the answer day's own sessions are left out.\n"
        + "- The temperature is fitted on the same out-of-fold predictions the metrics are computed on "
        + "(one parameter; the optimism is small).\n");
    return b.toString();
  }

  /** Segments with at least this many answers are tested. */
  static final int MIN_SEGMENT_ANSWERS = 30;

  /** Out-of-fold P(detractor) against the observed share by device model, plan and region. */
  static List<SegmentCalibration> segmentCalibration(AnalysisResult r) {
    int n = r.training().set().rows();
    String[][] keys = new String[3][n];
    for (int k = 0; k < n; k++) {
      CustomerRecords.Row c = r.scan().customers().row(r.scan().surveys().subscriber(r.training().answerRow()[k]));
      if (c != null) {
        keys[0][k] = c.deviceModel();
        keys[1][k] = c.plan();
        keys[2][k] = c.region();
      }
    }
    double[][] p = r.model().outOfFold();
    int[] y = r.training().set().y();
    return List.of(SegmentCalibration.of("device model", keys[0], p, y, 0, MIN_SEGMENT_ANSWERS),
        SegmentCalibration.of("plan", keys[1], p, y, 0, MIN_SEGMENT_ANSWERS),
        SegmentCalibration.of("region", keys[2], p, y, 0, MIN_SEGMENT_ANSWERS));
  }

  private static void segments(StringBuilder b, AnalysisResult r) {
    b.append("## Calibration of P(detractor) by segment (out-of-fold)\n\n"
        + "z = (observed detractors - the sum of their predictions) / sqrt(sum p (1 - p)); a segment is flagged "
        + "when |z| reaches the Bonferroni-corrected 5% bound of its dimension. A flagged segment is one the "
        + "features miss (a device whose calls fail, a plan whose customers answer otherwise).\n\n"
        + "| segment | answers | mean predicted | observed | z | flagged |\n|---|---|---|---|---|---|\n");
    List<String> untested = new ArrayList<>();
    for (SegmentCalibration c : segmentCalibration(r)) {
      if (c.segments().isEmpty()) {
        untested.add(c.dimension());
      }
      for (SegmentCalibration.Segment s : c.segments()) {
        b.append(String.format(Locale.ROOT, "| %s: %s | %d | %.3f | %.3f | %+.2f | %s |\n", c.dimension(), s.value(),
            s.answers(), s.meanPredicted(), s.observed(), s.z(), c.flagged(s) ? String.format(Locale.ROOT,
            "**yes** (bound %.2f)", c.criticalZ()) : ""));
      }
    }
    if (!untested.isEmpty()) {
      b.append(String.format(Locale.ROOT, "\nNot tested, no segment having %d answers: %s.\n", MIN_SEGMENT_ANSWERS,
          String.join(", ", untested)));
    }
    b.append("\n");
  }

  /** "0.01 (log-loss 1.0404), 0.03 (...)": the logistic regression's hold-out log-loss at each penalty. */
  private static String ridgePath(NpsModelTrainer.Result m) {
    return m.ridges().stream().map(r -> String.format(Locale.ROOT, "%s (log-loss %.4f)", r.penalty(),
        r.metrics().logLoss())).collect(Collectors.joining(", "));
  }

  private static void row(StringBuilder b, String name, Metrics x) {
    b.append(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.4f |\n", name, x.detractorAuc(), x.logLoss(),
        x.brier(), x.accuracy()));
  }
}
