package org.netnps.app.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netnps.core.experience.FeatureSet;
import org.netnps.core.nps.NpsEstimate;
import org.netnps.io.dataset.DatasetManifest;
import org.netnps.io.dataset.DatasetReport;
import org.netnps.io.scan.ScanResult;
import org.netnps.ml.NpsModelTrainer;

/** Everything one analysis produced, for the results writers. */
public record AnalysisResult(
    DatasetManifest manifest,
    DatasetReport report,
    ScanResult scan,
    FeatureSet featureSet,
    FeatureBuilder.Training training,
    NpsModelTrainer.Result model,
    ScoredBase base,
    NpsEstimate networkNps,
    NpsEstimate surveyNps,
    Map<String, NpsEstimate> estimators,
    double[] shares,
    NetworkShare networkShare,
    Map<String, List<Breakdowns.Row>> breakdowns,
    List<Trend.Day> trend,
    List<GridTable.Row> grids,
    List<DeviceDays.Row> deviceDays,
    List<List<Reasons.Reason>> reasons,
    List<Diagnosis.Finding> findings,
    List<Plans.Action> plan,
    Map<String, Double> seconds,
    String planGains) {

  /** plan.csv's expected gains from the NPS model's counterfactual of each finding. */
  public static final String MODEL_GAINS = "model";
  /** plan.csv's expected gains from SRCON what-if runs on the dataset's twin. */
  public static final String TWIN_GAINS = "twin";

  /**
   * The same analysis with the plan's expected gains replaced (aligned with {@link #plan()}) and
   * its priorities re-ranked by gain per cost.
   */
  public AnalysisResult withPlanGains(double[] gains, String source, double seconds) {
    Map<String, Double> laps = new LinkedHashMap<>(this.seconds);
    laps.put("plan_gains_" + source, seconds);
    return new AnalysisResult(manifest, report, scan, featureSet, training, model, base, networkNps, surveyNps,
        estimators, shares, networkShare, breakdowns, trend, grids, deviceDays, reasons, findings,
        Plans.rank(regained(gains)), laps, source);
  }

  /**
   * The action id each of plan.csv's rows gets in {@link #withPlanGains}'s plan with these gains
   * (re-ranking renumbers the actions), in this plan's order.
   */
  public List<String> rerankedIds(double[] gains) {
    int[] order = Plans.order(regained(gains));
    String[] ids = new String[order.length];
    for (int rank = 0; rank < order.length; rank++) {
      ids[order[rank]] = Plans.id(rank);
    }
    return List.of(ids);
  }

  private List<Plans.Action> regained(double[] gains) {
    if (gains.length != plan.size()) {
      throw new IllegalArgumentException(gains.length + " gains for " + plan.size() + " actions");
    }
    List<Plans.Action> regained = new ArrayList<>();
    for (int i = 0; i < gains.length; i++) {
      Plans.Action a = plan.get(i);
      regained.add(new Plans.Action(a.actionId(), a.findingId(), a.action(), a.target(), a.gridId(), gains[i], a.cost(),
          a.priority(), a.value()));
    }
    return regained;
  }

  public int subscribersScored() {
    return base.size();
  }

  /** plan.csv's rows, by priority, as the core record the loop and what-if read. */
  public List<org.netnps.core.record.PlannedAction> planned() {
    return plan.stream().map(a -> new org.netnps.core.record.PlannedAction(a.actionId(), a.findingId(), a.action(),
        a.target(), a.gridId(), a.expectedNpsGain(), a.cost(), a.priority(), a.value())).toList();
  }

  /**
   * How much detractor risk the network explains: mean P(detractor) as scored and with every
   * poor event and poor radio condition removed, and the network NPS in that counterfactual.
   */
  public record NetworkShare(double meanDetractor, double meanDetractorIfClean, NpsEstimate npsIfClean) {
    public double shareOfDetractorRisk() {
      return meanDetractor > 0 ? (meanDetractor - meanDetractorIfClean) / meanDetractor : Double.NaN;
    }
  }
}
