package org.netnps.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.netnps.app.Directories;
import org.netnps.app.analyze.AnalysisOptions;
import org.netnps.app.loop.HoldoutVerification;
import org.netnps.app.loop.PlanVerification;
import org.netnps.app.pilot.Pilot;
import org.netnps.app.twin.DatasetTwin;
import org.netnps.core.UserException;
import org.netnps.core.loop.DifferenceInDifferences;
import org.netnps.core.record.PlannedAction;
import org.netnps.sim.Preset;
import org.netnps.sim.whatif.Action;
import org.netnps.sim.whatif.WhatIfResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code netnps pilot}: the commercial pilot reproduced on a SRCON city. */
@Command(name = "pilot", mixinStandardHelpOptions = true,
    description = "Simulate a city, analyze its baseline days, apply netnps's plan within a budget through SRCON "
        + "from the first post day, and compare the post days' change in network NPS, DOU, complaints and revenue "
        + "with a classic plan (carriers on the busiest cells) of the same budget (docs/pilot.md).")
public final class PilotCommand implements Callable<Integer> {
  @Option(names = "--preset", defaultValue = "city", description = "tiny, small or city (default ${DEFAULT-VALUE})")
  String preset;

  @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--subscribers", description = "override the preset's subscribers")
  Integer subscribers;

  @Option(names = "--baseline-days", defaultValue = "14",
      description = "days before the plan (default ${DEFAULT-VALUE})")
  int baselineDays;

  @Option(names = "--post-days", defaultValue = "14", description = "days with the plan (default ${DEFAULT-VALUE})")
  int postDays;

  @Option(names = "--budget", defaultValue = "40",
      description = "relative cost units (plan.csv), default ${DEFAULT-VALUE}")
  double budget;

  @Option(names = "--threads", description = "worker threads (default: all processors)")
  Integer threads;

  @Option(names = "--work", paramLabel = "DIR", description = "scratch directory (default: a temporary one, deleted)")
  Path work;

  @Option(names = "--refine", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "check the plan as a whole on the twin: drop the actions whose marginal gain in the whole plan "
      + "is at most 0, revalue the others at the mean of their single and marginal gains, choose the budget again, "
      + "keep the new plan unless it is worse (one twin run per action; on by default, --no-refine for the plan on "
      + "single gains; docs/twin.md)")
  boolean refine;

  @Option(names = "--json", description = "print the comparison as JSON")
  boolean json;

  @Option(names = "--verify", description = "also close the loop on measured data: simulate the city again with "
      + "netnps's actions, analyze it and verify each action by difference-in-differences against control grids")
  boolean verify;

  @Option(names = "--holdout", defaultValue = "0.3", paramLabel = "SHARE", description = "with --verify, the share of "
      + "the plan's grid-action clusters held back at random in the verifying run, the controls of the randomised "
      + "comparison (0 for none; the pilot's figures are the whole plan's); default ${DEFAULT-VALUE}")
  double holdout;

  @Option(names = "--gains", defaultValue = "twin", description = "where the expected gains that choose the plan "
      + "come from: twin (SRCON what-if runs of each candidate on the dataset's twin, valued by netnps's NPS model), "
      + "twin-simulator (the same runs valued by the simulator's behaviour model: the truth, for reference) or model "
      + "(the NPS model's counterfactual of each finding); default ${DEFAULT-VALUE}")
  String gains;

  @Mixin
  TwinOptions twin;

  @Override
  public Integer call() throws Exception {
    if (!(holdout >= 0 && holdout < 1)) {
      throw new UserException("--holdout must be a share from 0 up to (not including) 1, but was " + holdout);
    }
    if (baselineDays < 8 || postDays < 1 || budget <= 0) {
      throw new UserException("--baseline-days must be at least 8 (a 7-day window plus answers), "
          + "--post-days at least 1, "
          + "--budget positive");
    }
    int window = AnalysisOptions.defaults().windowDays();
    if (verify && baselineDays < window + 2) {
      throw new UserException("--verify needs at least " + (window + 2) + " baseline days: verification compares "
          + "days whose " + window + "-day feature window is full, at least 2 of them before the actions, but "
          + "--baseline-days was " + baselineDays);
    }
    Pilot.Gains source = gainsSource();
    Path dir = work != null ? work : Files.createTempDirectory("netnps-pilot");
    Pilot.Result r;
    try {
      Files.createDirectories(dir);
      int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      DatasetTwin.Options twinOptions = twin.options(t, window);
      r = Pilot.run(Preset.ofName(preset), seed, subscribers, baselineDays, postDays, budget, twinOptions, dir, verify,
          holdout, source, refine);
    } finally {
      if (work == null) {
        Directories.deleteTree(dir);
      }
    }
    if (json) {
      ObjectNode o = new ObjectMapper().createObjectNode();
      put(o.putObject("netnps"), r.netnps());
      put(o.putObject("baseline"), r.classic());
      BudgetCurveReport.json(o, r);
      if (r.twin() != null) {
        AgreementReport.json(o.putObject("response_agreement"), r.twin().agreement());
      }
      if (verify) {
        verificationJson(o.putArray("verification"), r.verified().actions());
        verificationJson(o.putArray("placebo"), r.placebo().actions());
        PlanVerification.Designs with = r.verified().plan();
        PlanVerification.Designs placebo = r.placebo().plan();
        planJson(o.putObject("plan_verification"), with.matched(), with.matchedRefusal());
        planJson(o.putObject("plan_placebo"), placebo.matched(), placebo.matchedRefusal());
        r.heldOut().forEach(o.putArray("held_out")::add);
        planJson(o.putObject("holdout_verification"), with.holdout(), with.holdoutRefusal());
        planJson(o.putObject("holdout_placebo"), placebo.holdout(), placebo.holdoutRefusal());
        spilloverJson(o.putObject("spillover"), r.spillover());
      }
      System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(o));
      return 0;
    }
    System.out.printf(Locale.ROOT,
        "%s: %d baseline days, %d post days, budget %.0f; network NPS before the plans %.2f%n",
        r.scenario(), r.baselineDays(), r.postDays(), r.budget(), r.netnps().baseNetworkNps());
    System.out.printf(Locale.ROOT, "%-8s %8s %7s %10s %12s %10s %6s%n", "plan", "actions", "cost", "NPS (pts)",
        "DOU (%)", "complaints", "revenue");
    row("netnps", r.netnpsPlan().size(), r.netnpsCost(), r.netnps());
    row("classic", r.classicPlan().size(), r.classicCost(), r.classic());
    System.out.printf(Locale.ROOT, "netnps's plan was chosen on expected gains from the %s: %+.2f points in all%s%n",
        r.twin() != null ? "twin" : "NPS model", r.netnpsExpectedGain(),
        r.twin() != null ? " (over the twin's " + r.twin().twin().world().scenario().days() + " days)" : "");
    if (r.twin() != null) {
      DatasetTwin.Twin t = r.twin().twin();
      System.out.printf(Locale.ROOT, "gains from the twin: %d subscribers, %d cells, %d problems, "
          + "%.0f users per LTE cell "
          + "(busy-hour PRB median measured %.3f, twin %.3f after %d runs; NR share of bearer setups measured "
          + "%.3f, twin %.3f); %d what-if runs in %.1f s%n",
          t.world().population().size, t.world().network().cells().size(), t.world().problems().size(),
          t.usersPerLteCell(), t.measuredBusyHourPrb(), t.twinBusyHourPrb(), t.calibrationRuns(),
          t.nrShare().measured(), t.nrShare().twin(), r.twin().gains().runs(), r.twin().gains().seconds());
      printTopCandidates(r);
      AgreementReport.print(r.twin().agreement());
    }
    BudgetCurveReport.print(r);
    System.out.println("netnps's actions: " + actions(r.netnpsPlan()));
    System.out.println("classic actions:  " + actions(r.classicPlan()));
    if (verify) {
      printVerification(r);
    }
    if (work != null) {
      System.out.println("baseline results in " + dir.resolve("baseline-results"));
    }
    return 0;
  }

  /** The candidates the twin valued most, beside the model's counterfactual gain. */
  private static void printTopCandidates(Pilot.Result r) {
    List<PlannedAction> plan = r.twin().candidates();
    double[] twin = r.twin().gains().gains();
    Integer[] order = new Integer[plan.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(twin[b] / plan.get(b).cost(), twin[a] / plan.get(a).cost()));
    System.out.println("candidates by twin gain per cost (twin gain, model gain, cost):");
    for (int k = 0; k < Math.min(12, order.length); k++) {
      PlannedAction a = plan.get(order[k]);
      System.out.printf(Locale.ROOT, "  %-5s %-22s %-18s %+7.3f %+7.3f %4.0f%n", r.twin().planIds().get(order[k]),
          a.action().code(), a.target(), twin[order[k]], a.expectedNpsGain(), a.cost());
    }
  }

  private Pilot.Gains gainsSource() {
    return switch (gains) {
      case "twin" -> Pilot.Gains.TWIN;
      case "twin-simulator" -> Pilot.Gains.TWIN_SIMULATOR;
      case "model" -> Pilot.Gains.MODEL;
      default -> throw new UserException("--gains must be twin, twin-simulator or model, but was: " + gains);
    };
  }

  private static void verificationJson(com.fasterxml.jackson.databind.node.ArrayNode list, List<Pilot.Verified> all) {
    for (Pilot.Verified v : all) {
      ObjectNode x = list.addObject();
      x.put("action_id", v.action().actionId());
      x.put("action", v.action().action().code());
      x.put("target", v.action().target());
      if (v.result() == null) {
        x.put("refused", v.refusal());
        continue;
      }
      x.put("verified", v.result().npsVerified());
      x.put("pre_trend_differs", v.result().preTrendDiffers());
      v.result().effects().forEach((m, e) -> {
        ObjectNode y = x.putObject(m);
        y.put("estimate", e.estimate());
        y.put("lo", e.lo());
        y.put("hi", e.hi());
        y.put("p_value", e.pValue());
      });
    }
  }

  private static void planJson(ObjectNode x, PlanVerification.Result p, String refusal) {
    if (p == null) {
      x.put("refused", refusal);
      return;
    }
    x.put("verified", p.npsVerified());
    x.put("treated_units", p.units());
    x.put("design", p.design().toString());
    x.put("control_units", p.controlUnits());
    x.put("pre_trend_differs", p.preTrendDiffers());
    p.effects().forEach((m, e) -> {
      ObjectNode y = x.putObject(m);
      y.put("estimate", e.estimate());
      y.put("lo", e.lo());
      y.put("hi", e.hi());
      y.put("p_value", e.pValue());
    });
    if (!Double.isNaN(p.randomisationP())) {
      x.put("randomisation_p", p.randomisationP());
    }
    ObjectNode left = x.putObject("left_out");
    p.leftOut().forEach(left::put);
  }

  private static void printVerification(Pilot.Result r) {
    System.out.println("closed loop on the run with netnps's actions (difference-in-differences against control grids; "
        + (r.heldOut().isEmpty() ? "nothing held out" : r.heldOut().size() + " actions held out at random: "
            + r.heldOut()) + "):");
    print(r.verified());
    System.out.println("placebo: the same actions verified on the run without them (nothing happened there):");
    print(r.placebo());
    HoldoutVerification.Spillover s = r.spillover().measured();
    if (s == null) {
      System.out.println("the runs with and without the plan, unit by unit: not measurable: "
          + r.spillover().refusal());
      return;
    }
    System.out.printf(Locale.ROOT, "the runs with and without the plan, unit by unit (expected NPS): the treated "
        + "clusters' true effect %+.3f [%+.3f, %+.3f] (%d units); spilled onto the held-out clusters %+.3f "
        + "[%+.3f, %+.3f] (%d units)%n", s.treated().estimate(), s.treated().lo(), s.treated().hi(),
        s.treated().controlUnits(), s.heldOut().estimate(), s.heldOut().lo(), s.heldOut().hi(),
        s.heldOut().controlUnits());
    StringBuilder bands = new StringBuilder();
    for (HoldoutVerification.DistanceBand b : s.byDistance()) {
      bands.append(bands.length() == 0 ? "" : ", ").append(ringText(b)).append(b.spill() == null ? " -"
          : String.format(Locale.ROOT, " %+.3f", b.spill().estimate())).append(" (").append(b.grids()).append(")");
    }
    System.out.println("  by H3 rings from the nearest implemented action's grid, grid by grid (grids): " + bands
        + "; the held-out clusters lie " + s.heldOutRings() + " rings from it");
  }

  private static String ringText(HoldoutVerification.DistanceBand b) {
    return b.toRing() == Integer.MAX_VALUE ? b.fromRing() + "+"
        : b.fromRing() == b.toRing() ? Integer.toString(b.fromRing()) : b.fromRing() + "-" + b.toRing();
  }

  private static void spilloverJson(ObjectNode x, Pilot.SpilloverCheck check) {
    if (check.measured() == null) {
      x.put("refused", check.refusal());
      return;
    }
    effectJson(x.putObject("treated_true_effect"), check.measured().treated());
    effectJson(x.putObject("held_out_spillover"), check.measured().heldOut());
    ArrayNode bands = x.putArray("by_distance");
    for (HoldoutVerification.DistanceBand b : check.measured().byDistance()) {
      ObjectNode band = bands.addObject();
      band.put("rings_from", b.fromRing());
      if (b.toRing() != Integer.MAX_VALUE) {
        band.put("rings_to", b.toRing());
      }
      band.put("grids", b.grids());
      if (b.spill() != null) {
        effectJson(band.putObject("spill"), b.spill());
      }
    }
    ArrayNode rings = x.putArray("held_out_rings");
    check.measured().heldOutRings().forEach(rings::add);
  }

  private static void effectJson(ObjectNode y, DifferenceInDifferences.Effect e) {
    y.put("estimate", e.estimate());
    y.put("lo", e.lo());
    y.put("hi", e.hi());
    y.put("p_value", e.pValue());
    y.put("units", e.controlUnits());
  }

  private static void print(Pilot.LoopCheck check) {
    print(check.actions());
    print(check.plan().matched(), check.plan().matchedRefusal());
    print(check.plan().holdout(), check.plan().holdoutRefusal());
  }

  private static void print(PlanVerification.Result p, String refusal) {
    if (p == null) {
      System.out.println("  the plan's grid actions together: not measurable: " + refusal);
      return;
    }
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
        "  the plan's grid actions together against %s (%d treated units, %d control units, %d left out):",
        p.design(), p.units(), p.controlUnits(), p.leftOut().size()));
    p.effects().forEach((m, e) -> b.append(String.format(Locale.ROOT, " %s %+.3f [%+.3f, %+.3f];", m, e.estimate(),
        e.lo(), e.hi())));
    if (p.preTrend() != null) {
      b.append(String.format(Locale.ROOT, " pre-trend %+.3f [%+.3f, %+.3f];", p.preTrend().estimate(),
          p.preTrend().lo(), p.preTrend().hi()));
    }
    if (!Double.isNaN(p.randomisationP())) {
      b.append(String.format(Locale.ROOT, " randomisation p %.4f;", p.randomisationP()));
    }
    System.out.println(b.append(p.npsVerified() ? " VERIFIED" : " not verified"));
  }

  private static void print(List<Pilot.Verified> all) {
    int verified = 0;
    for (Pilot.Verified v : all) {
      String head = String.format(Locale.ROOT, "  %-5s %-22s %-16s", v.action().actionId(), v.action().action().code(),
          v.action().target());
      if (v.result() == null) {
        System.out.println(head + " not measurable: " + v.refusal());
        continue;
      }
      verified += v.result().npsVerified() ? 1 : 0;
      StringBuilder b = new StringBuilder(head);
      v.result().effects().forEach((m, e) -> b.append(String.format(Locale.ROOT, " %s %+.3f [%+.3f, %+.3f];", m,
          e.estimate(), e.lo(), e.hi())));
      if (v.result().preTrend() != null) {
        b.append(String.format(Locale.ROOT, " pre-trend %+.3f [%+.3f, %+.3f];", v.result().preTrend().estimate(),
            v.result().preTrend().lo(), v.result().preTrend().hi()));
      }
      System.out.println(b.append(v.result().npsVerified() ? " VERIFIED" : " not verified"));
    }
    System.out.printf("  %d of %d actions verified (expected NPS up, interval excluding zero)%n", verified,
        all.size());
  }

  private static List<String> actions(List<Action> plan) {
    return plan.stream().map(a -> a.type().code() + " " + a.target()).toList();
  }

  private static void row(String name, int actions, double cost, WhatIfResult w) {
    System.out.printf(Locale.ROOT, "%-8s %8d %7.0f %+10.2f %+11.2f%% %+9.1f%% %+6.3f%%%n", name, actions, cost,
        w.deltaNps(),
        w.deltaDouPct(), w.deltaComplaintsPct(), w.deltaRevenuePct());
  }

  private static void put(ObjectNode o, WhatIfResult w) {
    o.put("delta_nps", w.deltaNps());
    o.put("delta_dou_pct", w.deltaDouPct());
    o.put("delta_complaints_pct", w.deltaComplaintsPct());
    o.put("delta_revenue_pct", w.deltaRevenuePct());
  }
}
