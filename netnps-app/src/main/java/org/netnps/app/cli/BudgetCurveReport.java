package org.netnps.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.netnps.app.pilot.BudgetCurve;
import org.netnps.app.pilot.Pilot;
import org.netnps.app.twin.PlanRefinement;
import org.netnps.app.twin.WholePlans;

/** The pilot's forecasts beside its replays, and the budget curve, as text and as JSON. */
final class BudgetCurveReport {
  private BudgetCurveReport() {}

  static void print(Pilot.Result r) {
    BudgetCurve.Point at = r.curve().at((int) Math.floor(r.budget()));
    System.out.println("expected gains (the plan's, summed) against the replay's change:");
    System.out.printf(Locale.ROOT, "  netnps   %+7.2f expected, %+7.2f measured%s%n", r.netnpsExpectedGain(),
        r.netnps().deltaNps(), scale(r.netnps().deltaNps(), r.netnpsExpectedGain()));
    if (!Double.isNaN(r.netnpsBehaviourGain())) {
      System.out.printf(Locale.ROOT, "           %+7.2f expected by SRCON's behaviour model on the same twin runs%s%n",
          r.netnpsBehaviourGain(), scale(r.netnps().deltaNps(), r.netnpsBehaviourGain()));
    }
    whole("netnps", r.netnpsWhole(), r.netnps().deltaNps());
    if (r.refined() != null) {
      PlanRefinement.Refined f = r.refined();
      long none = f.marginal().values().stream().filter(m -> m <= 0).count();
      System.out.printf(Locale.ROOT, "           refined on the twin (%d runs): %d of %d actions added nothing last; "
          + "revalued at the mean of single and marginal gains, as one plan %+.2f on single gains, %+.2f %s%n",
          f.runs(), none, f.marginal().size(), f.first().gain(), f.kept().gain(),
          f.dropped().isEmpty() && f.added().isEmpty() ? "kept (no better choice)"
              : "with " + f.dropped() + " out and " + f.added() + " in");
    }
    System.out.printf(Locale.ROOT,
        "  classic  %+7.2f expected (%d of %d carriers were candidates), %+7.2f measured%s%n", at.classic(),
        at.classicValued(), at.classicCarriers(), r.classic().deltaNps(), scale(r.classic().deltaNps(), at.classic()));
    whole("classic", r.classicWhole(), r.classic().deltaNps());
    System.out.println("what each budget buys by the expected gains (netnps's best selection; the classic plan):");
    System.out.printf(Locale.ROOT, "  %7s %8s %8s %6s%n", "budget", "netnps", "classic", "ratio");
    for (BudgetCurve.Point p : r.curve().points()) {
      System.out.printf(Locale.ROOT, "  %7d %+8.2f %+8.2f %6.2f%n", p.budget(), p.netnps(), p.classic(), p.ratio());
    }
  }

  private static void whole(String plan, WholePlans.Whole w, double measured) {
    if (w != null) {
      System.out.printf(Locale.ROOT,
          "  %-8s %+7.2f expected as one plan on the twin%s (%+.2f by SRCON's behaviour model)%n", plan, w.gain(),
          scale(measured, w.gain()), w.behaviourGain());
    }
  }

  private static String scale(double measured, double expected) {
    return expected > 0 ? String.format(Locale.ROOT, " (%.2f of expected)", measured / expected) : "";
  }

  static void json(ObjectNode o, Pilot.Result r) {
    BudgetCurve.Point at = r.curve().at((int) Math.floor(r.budget()));
    ObjectNode forecast = o.putObject("expected");
    forecast.put("netnps", r.netnpsExpectedGain());   // the chosen actions' sum (the curve's, unless refined)
    if (!Double.isNaN(r.netnpsBehaviourGain())) {
      forecast.put("netnps_by_behaviour", r.netnpsBehaviourGain());
    }
    forecast.put("baseline", at.classic());
    if (r.netnpsWhole() != null) {
      forecast.put("netnps_whole", r.netnpsWhole().gain());
      forecast.put("netnps_whole_by_behaviour", r.netnpsWhole().behaviourGain());
      forecast.put("baseline_whole", r.classicWhole().gain());
      forecast.put("baseline_whole_by_behaviour", r.classicWhole().behaviourGain());
    }
    if (r.refined() != null) {
      ObjectNode refined = forecast.putObject("refined");
      refined.put("first_whole", r.refined().first().gain());
      refined.put("kept_whole", r.refined().kept().gain());
      refined.put("runs", r.refined().runs());
      r.refined().dropped().forEach(refined.putArray("dropped")::add);
      r.refined().added().forEach(refined.putArray("added")::add);
      ObjectNode marginal = refined.putObject("marginal");
      r.refined().marginal().forEach(marginal::put);
    }
    forecast.put("baseline_carriers_valued", at.classicValued());
    ArrayNode curve = o.putArray("budget_curve");
    for (BudgetCurve.Point p : r.curve().points()) {
      ObjectNode n = curve.addObject();
      n.put("budget", p.budget());
      n.put("netnps", p.netnps());
      n.put("baseline", p.classic());
      n.put("baseline_carriers", p.classicCarriers());
      n.put("baseline_carriers_valued", p.classicValued());
    }
  }
}
