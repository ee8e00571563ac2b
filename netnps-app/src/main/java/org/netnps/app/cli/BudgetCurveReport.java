package org.netnps.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.netnps.app.pilot.BudgetCurve;
import org.netnps.app.pilot.Pilot;

/** The pilot's forecasts beside its replays, and the budget curve, as text and as JSON. */
final class BudgetCurveReport {
  private BudgetCurveReport() {}

  static void print(Pilot.Result r) {
    BudgetCurve.Point at = r.curve().at((int) Math.floor(r.budget()));
    System.out.println("expected gains (the plan's, summed) against the replay's change:");
    System.out.printf(Locale.ROOT, "  netnps   %+7.2f expected, %+7.2f measured%s%n", r.netnpsExpectedGain(),
        r.netnps().deltaNps(), scale(r.netnps().deltaNps(), r.netnpsExpectedGain()));
    System.out.printf(Locale.ROOT,
        "  classic  %+7.2f expected (%d of %d carriers were candidates), %+7.2f measured%s%n", at.classic(),
        at.classicValued(), at.classicCarriers(), r.classic().deltaNps(), scale(r.classic().deltaNps(), at.classic()));
    System.out.println("what each budget buys by the expected gains (netnps's best selection; the classic plan):");
    System.out.printf(Locale.ROOT, "  %7s %8s %8s %6s%n", "budget", "netnps", "classic", "ratio");
    for (BudgetCurve.Point p : r.curve().points()) {
      System.out.printf(Locale.ROOT, "  %7d %+8.2f %+8.2f %6.2f%n", p.budget(), p.netnps(), p.classic(), p.ratio());
    }
  }

  private static String scale(double measured, double expected) {
    return expected > 0 ? String.format(Locale.ROOT, " (%.2f of expected)", measured / expected) : "";
  }

  static void json(ObjectNode o, Pilot.Result r) {
    BudgetCurve.Point at = r.curve().at((int) Math.floor(r.budget()));
    ObjectNode forecast = o.putObject("expected");
    forecast.put("netnps", r.netnpsExpectedGain());   // the chosen actions' sum, which the curve repeats
    forecast.put("baseline", at.classic());
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
