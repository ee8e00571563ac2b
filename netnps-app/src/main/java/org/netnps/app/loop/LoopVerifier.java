package org.netnps.app.loop;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netnps.core.UserException;
import org.netnps.core.loop.DifferenceInDifferences;
import org.netnps.io.store.ActionStore;
import org.netnps.server.api.ActionVerifier;

/** The server's verification of an action: {@link Verification} on a results directory. */
public final class LoopVerifier implements ActionVerifier {
  private final Path results;

  public LoopVerifier(Path results) {
    this.results = results;
  }

  @Override
  public Verdict verify(ActionStore.StoredAction action, List<ActionStore.StoredAction> loop) {
    Verification.Result r = Verification.verify(action, loop, results);
    Map<String, Object> effects = new LinkedHashMap<>();
    r.effects().forEach((metric, e) -> effects.put(metric, effect(e)));
    Map<String, Object> details = new LinkedHashMap<>();
    boolean grids = r.units() == Verification.Units.GRIDS;
    details.put(grids ? "treated_grids" : "treated_device_models", r.treated());
    details.put(grids ? "control_grids" : "control_device_models", r.controls());
    details.put("controls_from_peers", r.controlsFromPeers());
    details.put("days_before", r.preDays());
    details.put("days_after", r.postDays());
    details.put("effects", effects);
    details.put("pre_trend", r.preTrend() == null ? null : effect(r.preTrend()));
    DifferenceInDifferences.Effect nps = r.effects().get("expected_nps");
    String note = nps == null ? "expected NPS not measurable before and after"
        : String.format(Locale.ROOT, "expected NPS %+.2f [%+.2f, %+.2f], p %.4f, %d treated vs %d control %s%s",
            nps.estimate(), nps.lo(), nps.hi(), nps.pValue(), r.treated().size(), r.controls().size(), r.units(),
            r.preTrendDiffers() ? String.format(Locale.ROOT, "; but treated and controls already drifted apart before "
                + "the action (%+.2f [%+.2f, %+.2f])", r.preTrend().estimate(), r.preTrend().lo(), r.preTrend().hi())
                : "");
    return new Verdict(r.npsVerified(), note, details);
  }

  /**
   * The plan against matched controls, and, when the loop holds actions out, against the
   * randomised holdout as well (under "holdout"), which then gives the verdict; either alone when
   * the other cannot be measured.
   */
  @Override
  public Verdict verifyPlan(List<ActionStore.StoredAction> implemented, List<ActionStore.StoredAction> loop) {
    PlanVerification.Designs both = PlanVerification.verifyDesigns(implemented, loop, results);
    PlanVerification.Result verdict = both.decisive();
    if (verdict == null) {
      throw new UserException("the plan cannot be measured: against matched controls, " + both.matchedRefusal()
          + "; against a holdout, " + both.holdoutRefusal());
    }
    PlanVerification.Result matched = both.matched();
    Map<String, Object> details = details(matched != null ? matched : verdict);
    if (matched != null && both.holdout() != null) {
      details.put("holdout", details(both.holdout()));
    }
    DifferenceInDifferences.Effect nps = verdict.effects().get("expected_nps");
    String note = nps == null ? "expected NPS not measurable before and after"
        : String.format(Locale.ROOT, "the plan's grid actions together against %s: expected NPS %+.2f [%+.2f, %+.2f], "
            + "p %.4f%s, %d treated units against %d%s", verdict.design(), nps.estimate(), nps.lo(), nps.hi(),
            nps.pValue(), Double.isNaN(verdict.randomisationP()) ? ""
                : String.format(Locale.ROOT, ", randomisation p %.4f", verdict.randomisationP()),
            verdict.units(), nps.controlUnits(), verdict == matched
                ? " (matched controls can show grids recovering by themselves as an effect: read it beside the "
                    + "pre-trend check, or hold out part of the plan; docs/loop.md)" : "");
    return new Verdict(verdict.npsVerified(), note, details);
  }

  private static Map<String, Object> details(PlanVerification.Result r) {
    Map<String, Object> effects = new LinkedHashMap<>();
    r.effects().forEach((metric, e) -> effects.put(metric, effect(e)));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("design", r.design().toString());
    details.put("verified", r.npsVerified());
    details.put("treated_units", r.units());
    details.put("control_units", r.controlUnits());
    details.put("treated_grids", r.treated());
    details.put("control_grids", r.controls());
    details.put("days_before", r.preDays());
    details.put("days_after", r.postDays());
    details.put("effects", effects);
    details.put("pre_trend", r.preTrend() == null ? null : effect(r.preTrend()));
    if (!Double.isNaN(r.randomisationP())) {
      details.put("randomisation_p", r.randomisationP());
    }
    details.put("left_out", r.leftOut());
    return details;
  }

  private static Map<String, Object> effect(DifferenceInDifferences.Effect e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("estimate", e.estimate());
    m.put("ci95", new double[] {e.lo(), e.hi()});
    m.put("p_value", e.pValue());
    return m;
  }
}
