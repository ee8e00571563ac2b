package org.netnps.app.twin;

import java.util.List;
import org.netnps.app.analyze.AnalysisResult;
import org.netnps.core.record.PlannedAction;

/**
 * Re-values an analysis's plan on its twin: builds the twin, runs the what-if of every candidate,
 * and gives back the analysis whose plan.csv carries the twin's gains, re-ranked by gain per cost.
 */
public final class TwinPlanning {
  /**
   * @param analysis the analysis with the twin's gains
   * @param candidates the plan as it was, with the model's gains, aligned with {@code gains}
   */
  public record Planned(AnalysisResult analysis, DatasetTwin.Twin twin, List<PlannedAction> candidates,
      TwinGains.Result gains) {}

  /**
   * Whose satisfaction response turns a run into NPS: netnps's own NPS model on the run's sessions
   * (what an operator's twin has), or the simulator's behaviour model (on SRCON cities, the truth:
   * a reference for how much the model's response costs).
   */
  public enum Response { MODEL, SIMULATOR }

  private TwinPlanning() {}

  public static Planned regain(AnalysisResult analysis, DatasetTwin.Options options) {
    return regain(analysis, options, Response.MODEL);
  }

  public static Planned regain(AnalysisResult analysis, DatasetTwin.Options options, Response response) {
    DatasetTwin.Twin twin = DatasetTwin.build(analysis, options);
    List<PlannedAction> candidates = analysis.planned();
    TwinResponse byModel = response == Response.MODEL
        ? new TwinResponse(analysis, twin.world().population(), twin.datasetIndex()) : null;
    TwinGains.Result gains = TwinGains.estimate(twin.world(), candidates, options.threads(), twin.maps(), byModel);
    return new Planned(analysis.withPlanGains(gains.gains(), AnalysisResult.TWIN_GAINS, gains.seconds()), twin,
        candidates, gains);
  }
}
