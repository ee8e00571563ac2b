package org.netnps.app.analyze;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.netnps.core.nps.NpsEstimate;
import org.netnps.core.plan.PlanSelection;
import org.netnps.core.qoe.PoorReason;
import org.netnps.ml.Metrics;
import org.netnps.ml.ReliabilityTable;

/** summary.json of DATA-CONTRACT.md, with the model's hold-out figures and the method. */
final class SummaryJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SummaryJson() {}

  static String of(AnalysisResult r, String version) {
    ObjectNode s = JSON.createObjectNode();
    s.put("network_nps", round(r.networkNps().nps()));
    interval(s.putArray("network_nps_ci95"), r.networkNps());
    s.put("survey_nps", round(r.surveyNps().nps()));
    interval(s.putArray("survey_nps_ci95"), r.surveyNps());
    s.put("survey_responses", r.surveyNps().answers());
    s.put("subscribers_scored", r.base().size());
    ObjectNode shares = s.putObject("shares");
    shares.put("detractor", round4(r.shares()[0]));
    shares.put("passive", round4(r.shares()[1]));
    shares.put("promoter", round4(r.shares()[2]));
    ObjectNode period = s.putObject("period");
    period.put("start", Instant.ofEpochMilli(r.scan().periodStartMs()).toString());
    period.put("end", Instant.ofEpochMilli(r.scan().periodEndMs()).toString());
    ArrayNode regions = s.putArray("regions");
    for (Breakdowns.Row b : r.breakdowns().get("region")) {
      ObjectNode g = regions.addObject();
      g.put("region", b.key());
      g.put("subscribers", b.network().subscribers());
      g.put("network_nps", round(b.network().nps()));
      interval(g.putArray("network_nps_ci95"), b.network());
      g.put("survey_nps", round(b.survey().nps()));
      g.put("survey_responses", b.survey().answers());
    }
    s.put("method", "prediction-powered inference: mean model score over all scored subscribers plus the "
        + "mean out-of-fold residual over the surveyed, weighted for the covariate shift between the surveyed "
        + "and the base; 95% interval from both variances (docs/nps-model.md)");
    ObjectNode est = s.putObject("estimators");
    r.estimators().forEach((name, e) -> {
      ObjectNode o = est.putObject(name);
      o.put("network_nps", round(e.nps()));
      interval(o.putArray("ci95"), e);
    });
    ObjectNode risk = s.putObject("network_explains");
    risk.put("share_of_detractor_risk", round4(r.networkShare().shareOfDetractorRisk()));
    risk.put("mean_p_detractor", round4(r.networkShare().meanDetractor()));
    risk.put("mean_p_detractor_if_network_clean", round4(r.networkShare().meanDetractorIfClean()));
    risk.put("network_nps_if_network_clean", round(r.networkShare().npsIfClean().nps()));
    ObjectNode model = s.putObject("model");
    model.put("answers_used", r.training().set().rows());
    model.put("answers_without_sessions", r.training().skippedNoSessions());
    model.put("answers_with_partial_window", r.training().skippedPartialWindow());
    model.put("folds", r.model().folds());
    model.put("features", r.featureSet().size());
    model.put("window_days", r.featureSet().windowDays());
    model.put("temperature", round4(r.model().model().temperature()));
    model.put("kind", r.model().model().kind().name().toLowerCase(java.util.Locale.ROOT));
    metrics(model.putObject("holdout"), r.model().metrics());
    metrics(model.putObject("gradient_boosted_trees"), r.model().trees());
    metrics(model.putObject("baseline_logistic_regression"), r.model().baseline());
    model.put("logistic_ridge", r.model().ridge());
    ObjectNode path = model.putObject("logistic_log_loss_by_ridge");
    r.model().ridges().forEach(x -> path.put(Double.toString(x.penalty()), round4(x.metrics().logLoss())));
    reliability(model.putArray("reliability_detractor"), r.model().detractorReliability());
    model.put("ece_detractor", round4(r.model().detractorReliability().expectedCalibrationError()));
    model.put("ece_promoter", round4(r.model().promoterReliability().expectedCalibrationError()));
    ArrayNode trend = s.putArray("trend");
    for (Trend.Day d : r.trend()) {
      ObjectNode t = trend.addObject();
      t.put("date", d.date().toString());
      t.put("network_nps", round(d.network().nps()));
      interval(t.putArray("network_nps_ci95"), d.network());
      t.put("full_window", d.fullWindow());
    }
    ObjectNode findings = s.putObject("findings");
    for (Diagnosis.Finding f : r.findings()) {
      String cause = f.candidate().cause().code();
      findings.put(cause, findings.path(cause).asInt(0) + 1);
    }
    s.put("plan_actions", r.plan().size());
    s.put("plan_gains", r.planGains());
    double[] curve = PlanSelection.curve(r.planned(), PlanSelection.LADDER);
    ArrayNode budgets = s.putArray("plan_budget_curve");   // what each budget buys: the best selection's gain
    for (int i = 0; i < curve.length; i++) {
      budgets.addObject().put("budget", PlanSelection.LADDER[i]).put("expected_nps_gain", round4(curve[i]));
    }
    ObjectNode rows = s.putObject("rows");
    rows.put("read", r.report().read());
    rows.put("accepted", r.report().accepted());
    rows.put("rejected", r.report().rejected());
    rows.put("sessions", r.scan().sessions());
    rows.put("poor_sessions", r.scan().poorSessions());
    rows.put("suspect_pm_values_skipped", r.scan().suspectPmValues());
    rows.put("left_out_after_until", r.scan().rowsAfterUntil());
    long[] byReason = new long[PoorReason.values().length];
    for (int i = 0; i < r.scan().poorEvents().size(); i++) {
      byReason[r.scan().poorEvents().reason(i).ordinal()]++;
    }
    ObjectNode reasons = rows.putObject("poor_sessions_by_reason");
    for (PoorReason reason : PoorReason.values()) {
      reasons.put(reason.code(), byReason[reason.ordinal()]);
    }
    s.putPOJO("seconds", r.seconds());
    s.put("netnps_version", version);
    try {
      return JSON.writeValueAsString(s) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("summary.json could not be serialised", e);
    }
  }

  private static void metrics(ObjectNode o, Metrics m) {
    o.put("detractor_auc", round4(m.detractorAuc()));
    o.put("log_loss", round4(m.logLoss()));
    o.put("brier", round4(m.brier()));
    o.put("accuracy", round4(m.accuracy()));
    o.put("rows", m.rows());
  }

  private static void reliability(ArrayNode a, ReliabilityTable t) {
    for (ReliabilityTable.Bin b : t.bins()) {
      ObjectNode o = a.addObject();
      o.put("from", b.from());
      o.put("to", b.to());
      o.put("count", b.count());
      o.put("mean_predicted", round4(b.meanPredicted()));
      o.put("observed", round4(b.observed()));
    }
  }

  private static void interval(ArrayNode a, NpsEstimate e) {
    a.add(round(e.lo()));
    a.add(round(e.hi()));
  }

  private static double round(double v) {
    return Double.isNaN(v) ? Double.NaN : Math.round(v * 100) / 100.0;
  }

  private static double round4(double v) {
    return Double.isNaN(v) ? Double.NaN : Math.round(v * 10_000) / 10_000.0;
  }
}
