package org.netnps.app.pilot;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.netnps.app.analyze.Analysis;
import org.netnps.app.analyze.AnalysisOptions;
import org.netnps.app.analyze.AnalysisResult;
import org.netnps.app.analyze.ResultsWriter;
import org.netnps.app.loop.Holdout;
import org.netnps.app.loop.HoldoutVerification;
import org.netnps.app.loop.PlanVerification;
import org.netnps.app.loop.Verification;
import org.netnps.app.twin.DatasetTwin;
import org.netnps.app.twin.PlanRefinement;
import org.netnps.app.twin.TwinPlanning;
import org.netnps.app.twin.WholePlans;
import org.netnps.core.UserException;
import org.netnps.core.domain.ActionType;
import org.netnps.core.loop.ActionStatus;
import org.netnps.core.plan.PlanSelection;
import org.netnps.core.record.PlannedAction;
import org.netnps.core.twin.CellHours;
import org.netnps.io.dataset.DatasetVisitor;
import org.netnps.io.pm.CounterMapping;
import org.netnps.io.store.ActionStore;
import org.netnps.io.write.ContractDatasetWriter;
import org.netnps.sim.Preset;
import org.netnps.sim.Scenario;
import org.netnps.sim.Srcon;
import org.netnps.sim.World;
import org.netnps.sim.truth.TruthSink;
import org.netnps.sim.whatif.Action;
import org.netnps.sim.whatif.ActionPlan;
import org.netnps.sim.whatif.WhatIf;
import org.netnps.sim.whatif.WhatIfResult;

/**
 * The pilot, reproduced on SRCON: a city runs baseline days and post days; netnps analyzes the
 * baseline days only (findings, plan), picks the plan's actions by priority within a budget, and
 * SRCON replays the whole period with those actions from the first post day, on the same random
 * streams, so the change in the post days is the actions' effect. A classic plan, the same budget
 * spent on carriers for the cells with the highest busy-hour PRB utilisation, is replayed the same
 * way for comparison. The baseline's results are written to WORK/baseline-results.
 */
public final class Pilot {
  private static final long DAY_MS = 86_400_000L;
  /** A carrier, the classic plan's only action (relative cost units as in plan.csv). */
  static final double CARRIER_COST = 8;

  /** What the pilot measured, for netnps's plan and the classic one. */
  public record Result(String scenario, int baselineDays, int postDays, double budget, AnalysisResult analysis,
      List<Action> netnpsPlan, double netnpsCost, double netnpsExpectedGain, WhatIfResult netnps,
      List<Action> classicPlan, double classicCost, WhatIfResult classic, BudgetCurve curve, LoopCheck verified,
      LoopCheck placebo, TwinPlanning.Planned twin, Set<String> heldOut, SpilloverCheck spillover,
      WholePlans.Whole netnpsWhole, WholePlans.Whole classicWhole, PlanRefinement.Refined refined) {
    /**
     * netnps's chosen actions valued on the same twin runs by SRCON's behaviour model instead of the
     * NPS model (the truth on a SRCON city); NaN when the plan was not valued on the twin.
     */
    public double netnpsBehaviourGain() {
      return twin == null ? Double.NaN
          : netnpsPlan.stream().mapToDouble(a -> twin.behaviourGain(a.actionId())).sum();
    }
  }

  /**
   * With a holdout, the plan's true effect on its treated clusters and what it spilled onto the
   * held-out ones, from the runs with and without it ({@link HoldoutVerification#spillover}; null
   * with the reason when it cannot be measured).
   */
  public record SpilloverCheck(HoldoutVerification.Spillover measured, String refusal) {
    static final SpilloverCheck NONE = new SpilloverCheck(null, "nothing held out");
  }

  /**
   * The loop closed on one run's data: each implemented action verified on its own, and the grid
   * actions verified together as one plan, against matched controls and against the randomised
   * holdout ({@link PlanVerification}; null with the reason when they cannot be measured).
   */
  public record LoopCheck(List<Verified> actions, PlanVerification.Designs plan) {
    static final LoopCheck NONE = new LoopCheck(List.of(),
        new PlanVerification.Designs(null, "not verified", null, "not verified"));
  }

  /** Where the expected gains that choose netnps's plan come from. */
  public enum Gains {
    /** SRCON what-if runs of every candidate on the dataset's twin, valued by netnps's NPS model (docs/twin.md). */
    TWIN,
    /** The same runs valued by the simulator's own behaviour model: the truth on a SRCON city, for reference. */
    TWIN_SIMULATOR,
    /** The NPS model's counterfactual of each finding (plan.csv's expected_nps_gain). */
    MODEL
  }

  /**
   * The closed loop's verification of one of netnps's actions on the data of the run where it
   * happened: the measured difference-in-differences, or why it could not be measured.
   */
  public record Verified(PlannedAction action, Verification.Result result, String refusal) {}

  private Pilot() {}

  /**
   * @param twinOptions the what-if twin's size and threads (its threads run SRCON here too)
   * @param holdout with {@code verify}, the share of the plan's grid-action clusters held back at
   *     random in the run that verifies it ({@link Holdout}; 0 for none); the pilot's figures are
   *     always those of the whole plan
   * @param refine with the twin's gains, check the plan as a whole on the twin, drop what adds nothing
   *     in company and choose again on the actions' values in company ({@link PlanRefinement})
   */
  public static Result run(Preset preset, long seed, Integer subscribers, int baselineDays, int postDays,
      double budget, DatasetTwin.Options twinOptions, Path work, boolean verify, double holdout, Gains source,
      boolean refine)
      throws IOException {
    int threads = twinOptions.threads();
    Scenario sc = Scenario.of(preset, seed);
    sc = sc.withSize(subscribers == null ? sc.subscribers() : subscribers, baselineDays + postDays);
    Path dataset = work.resolve("dataset");
    World world = World.build(sc);   // built once: the simulation runs a copy, the what-if engine copies it again
    try (ContractDatasetWriter writer = new ContractDatasetWriter(dataset)) {
      new Srcon(world.copy(), threads).run(writer, TruthSink.discard());
    }
    long until = sc.start() + baselineDays * DAY_MS;
    AnalysisResult analysis = Analysis.run(dataset, AnalysisOptions.defaults().until(until), CounterMapping.defaults(),
        new DatasetVisitor() {}, n -> {});
    TwinPlanning.Planned twinRun = null;
    if (source != Gains.MODEL) {
      twinRun = TwinPlanning.regain(analysis, twinOptions,
          source == Gains.TWIN ? TwinPlanning.Response.MODEL : TwinPlanning.Response.SIMULATOR);
      analysis = twinRun.analysis();
    }
    ResultsWriter.write(analysis, work.resolve("baseline-results"), org.netnps.app.Main.version());
    if (twinRun != null) {
      twinRun.writeWhatIf(work.resolve("baseline-results"));
    }
    List<PlannedAction> plan = analysis.planned();
    WholePlans wholes = twinRun == null ? null : twinRun.wholePlans();
    PlanRefinement.Refined refined = refine && wholes != null ? PlanRefinement.refine(plan, budget, wholes) : null;
    List<Action> netnps = new ArrayList<>();
    List<PlannedAction> chosen = new ArrayList<>();
    double netnpsCost = 0;
    double expected = 0;
    for (int i : refined != null ? refined.chosen() : PlanSelection.choose(plan, budget)) {
      PlannedAction a = plan.get(i);
      netnps.add(new Action(a.actionId(), a.action(), a.target(), a.value()));
      chosen.add(a);
      netnpsCost += a.cost();
      expected += a.expectedNpsGain();
    }
    List<String> busiest = busiestCells(analysis);
    List<Action> classic = classic(busiest, budget);
    BudgetCurve curve = BudgetCurve.of(analysis, busiest, budget);
    WholePlans.Whole netnpsWhole = wholes == null ? null : refined != null ? refined.kept() : wholes.value(netnps);
    WholePlans.Whole classicWhole = wholes == null ? null : wholes.value(classic);
    WhatIf whatIf = new WhatIf(world, threads, 9);
    try {
      WhatIfResult ours = whatIf.evaluate(netnps, baselineDays);
      WhatIfResult theirs = whatIf.evaluate(classic, baselineDays);
      LoopCheck verified = LoopCheck.NONE;
      LoopCheck placebo = LoopCheck.NONE;
      Set<String> heldOut = Set.of();
      SpilloverCheck spillover = SpilloverCheck.NONE;
      if (verify) {
        heldOut = holdout > 0 ? heldOut(chosen, holdout, seed) : Set.of();
        Set<String> back = heldOut;
        Path withPlan = work.resolve("with-plan");
        try (ContractDatasetWriter writer = new ContractDatasetWriter(withPlan)) {
          List<Action> implemented = netnps.stream().filter(a -> !back.contains(a.actionId())).toList();
          new Srcon(world.copy(), threads).run(writer, TruthSink.discard(), new ActionPlan(implemented, baselineDays),
              baselineDays);
        }
        verified = verify(withPlan, plan, chosen, heldOut, until, work.resolve("with-plan-results"));
        placebo = verify(dataset, plan, chosen, heldOut, until, work.resolve("without-plan-results"));
        if (!heldOut.isEmpty()) {
          spillover = spillover(loop(plan, chosen, heldOut, Instant.ofEpochMilli(until)),
              work.resolve("with-plan-results"), work.resolve("without-plan-results"));
        }
      }
      return new Result(sc.name(), baselineDays, postDays, budget, analysis, netnps, netnpsCost, expected, ours,
          classic, classic.size() * CARRIER_COST, theirs, curve, verified, placebo, twinRun, heldOut, spillover,
          netnpsWhole, classicWhole, refined);
    } catch (IllegalArgumentException e) {
      throw new UserException("SRCON refused a planned action: " + e.getMessage());
    }
  }

  /** The ids of the chosen actions in a random {@code share} of their grid clusters ({@link Holdout}). */
  static Set<String> heldOut(List<PlannedAction> chosen, double share, long seed) {
    List<ActionStore.StoredAction> approved = chosen.stream().map(a -> stored(a, ActionStatus.APPROVED, null)).toList();
    try {
      return Holdout.draw(approved, share, seed).heldOutIds();
    } catch (IllegalArgumentException e) {
      return Set.of();   // fewer than 2 clusters: nothing held out, the plan is compared with matched controls only
    }
  }

  /**
   * The loop closed on measured data, as an operator would with `netnps loop verify`: a dataset
   * over the whole period is analyzed and each implemented action verified by
   * difference-in-differences against matched control grids. On the run with netnps's actions this
   * measures them; on the run without them (the placebo) nothing happened, so a verified action
   * there is a false one. The plan's other candidates are in the loop as proposed: the peers the
   * controls come from; the held-out actions are in it as held out.
   */
  static LoopCheck verify(Path dataset, List<PlannedAction> plan, List<PlannedAction> chosen, Set<String> heldOut,
      long implementedAt, Path results) throws IOException {
    AnalysisResult analysis = Analysis.run(dataset, AnalysisOptions.defaults(), CounterMapping.defaults(),
        new DatasetVisitor() {}, n -> {});
    ResultsWriter.write(analysis, results, org.netnps.app.Main.version());
    Instant at = Instant.ofEpochMilli(implementedAt);
    List<ActionStore.StoredAction> loop = loop(plan, chosen, heldOut, at);
    List<Verified> out = new ArrayList<>();
    List<ActionStore.StoredAction> implemented = new ArrayList<>();
    for (PlannedAction a : chosen) {
      if (heldOut.contains(a.actionId())) {
        continue;
      }
      ActionStore.StoredAction stored = stored(a, ActionStatus.IMPLEMENTED, at);
      implemented.add(stored);
      try {
        out.add(new Verified(a, Verification.verify(stored, loop, results), null));
      } catch (UserException e) {
        out.add(new Verified(a, null, e.getMessage()));
      }
    }
    return new LoopCheck(out, PlanVerification.verifyDesigns(implemented, loop, results));
  }

  /** The loop as the pilot left it: chosen actions implemented or held out, the other candidates proposed. */
  private static List<ActionStore.StoredAction> loop(List<PlannedAction> plan, List<PlannedAction> chosen,
      Set<String> heldOut, Instant at) {
    List<ActionStore.StoredAction> loop = new ArrayList<>();
    for (PlannedAction a : plan) {
      loop.add(stored(a, heldOut.contains(a.actionId()) ? ActionStatus.HELD_OUT
          : chosen.contains(a) ? ActionStatus.IMPLEMENTED : ActionStatus.PROPOSED, at));
    }
    return loop;
  }

  /** The spillover onto the held-out clusters, or why it cannot be measured. */
  private static SpilloverCheck spillover(List<ActionStore.StoredAction> loop, Path with, Path without) {
    try {
      return new SpilloverCheck(HoldoutVerification.spillover(loop, with, without), null);
    } catch (UserException e) {
      return new SpilloverCheck(null, e.getMessage());
    }
  }

  private static ActionStore.StoredAction stored(PlannedAction a, ActionStatus status, Instant implementedAt) {
    return new ActionStore.StoredAction(a.actionId(), a.findingId(), a.action().code(), a.target(), a.gridId(),
        a.expectedNpsGain(), a.cost(), status, status == ActionStatus.IMPLEMENTED ? implementedAt : null);
  }

  /** Carriers for the cells with the highest mean daily busy-hour PRB utilisation, within the budget. */
  static List<Action> classic(List<String> busiest, double budget) {
    List<Action> out = new ArrayList<>();
    for (String cell : busiest) {
      if ((out.size() + 1) * CARRIER_COST > budget) {
        break;
      }
      out.add(new Action("C" + (out.size() + 1), ActionType.ADD_CARRIER, cell, Double.NaN));
    }
    return out;
  }

  /** The cells by mean daily busy-hour PRB utilisation, the busiest first: the classic plan's order. */
  static List<String> busiestCells(AnalysisResult analysis) {
    CellHours t = analysis.scan().cellHours();
    List<double[]> ranked = new ArrayList<>();   // {cell, busy-hour utilisation}
    for (int c = 0; c < t.cells(); c++) {
      double u = t.busyHourPrbUtilisation(c);
      if (!Double.isNaN(u)) {
        ranked.add(new double[] {c, u});
      }
    }
    ranked.sort((a, b) -> Double.compare(b[1], a[1]));
    return ranked.stream().map(r -> analysis.scan().cells().get((int) r[0]).cellId()).toList();
  }
}
