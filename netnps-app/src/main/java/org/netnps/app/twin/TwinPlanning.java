package org.netnps.app.twin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
   * @param planIds each candidate's action id in the analysis's plan, re-ranked (and so renumbered)
   *     by the twin's gain per cost
   */
  public record Planned(AnalysisResult analysis, DatasetTwin.Twin twin, List<PlannedAction> candidates,
      TwinGains.Result gains, List<String> planIds, TwinResponse response, int threads) {
    /** Whole plans valued on the twin as its candidates were (one base run, then one run per plan). */
    public WholePlans wholePlans() {
      return new WholePlans(twin.world(), threads, twin.maps(), response);
    }

    /** A plan action's gain valued by SRCON's behaviour model (0 for an action id not in the plan). */
    public double behaviourGain(String planActionId) {
      int i = planIds.indexOf(planActionId);
      return i < 0 ? 0 : gains.behaviourGains()[i];
    }

    public ResponseAgreement agreement() {
      return ResponseAgreement.of(candidates, gains);
    }

    /** Writes whatif.csv into a results directory (ResponseAgreement#write). */
    public void writeWhatIf(Path results) {
      Path file = results.resolve("whatif.csv");
      try {
        ResponseAgreement.write(file, candidates, planIds, gains);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file, e);
      }
    }
  }

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
    AnalysisResult regained = analysis.withPlanGains(gains.gains(), AnalysisResult.TWIN_GAINS, gains.seconds());
    return new Planned(regained, twin, candidates, gains, analysis.rerankedIds(gains.gains()),
        byModel, options.threads());
  }
}
