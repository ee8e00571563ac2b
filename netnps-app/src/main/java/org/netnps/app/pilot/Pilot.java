package org.netnps.app.pilot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.netnps.app.analyze.Analysis;
import org.netnps.app.analyze.AnalysisOptions;
import org.netnps.app.analyze.AnalysisResult;
import org.netnps.app.analyze.ResultsWriter;
import org.netnps.core.UserException;
import org.netnps.core.domain.ActionType;
import org.netnps.core.record.PlannedAction;
import org.netnps.core.twin.CellHours;
import org.netnps.io.dataset.DatasetVisitor;
import org.netnps.io.pm.CounterMapping;
import org.netnps.io.write.ContractDatasetWriter;
import org.netnps.sim.Preset;
import org.netnps.sim.Scenario;
import org.netnps.sim.Srcon;
import org.netnps.sim.World;
import org.netnps.sim.truth.TruthSink;
import org.netnps.sim.whatif.Action;
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
      List<Action> netnpsPlan, double netnpsCost, WhatIfResult netnps, List<Action> classicPlan, double classicCost,
      WhatIfResult classic) {}

  private Pilot() {}

  public static Result run(Preset preset, long seed, Integer subscribers, int baselineDays, int postDays,
      double budget, int threads, Path work) throws IOException {
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
    ResultsWriter.write(analysis, work.resolve("baseline-results"), org.netnps.app.Main.version());
    List<Action> netnps = new ArrayList<>();
    double netnpsCost = 0;
    for (PlannedAction a : analysis.planned()) {
      if (netnpsCost + a.cost() <= budget && a.expectedNpsGain() > 0) {
        netnps.add(new Action(a.actionId(), a.action(), a.target(), Double.NaN));
        netnpsCost += a.cost();
      }
    }
    List<Action> classic = classic(analysis, budget);
    WhatIf whatIf = new WhatIf(world, threads, 9);
    try {
      WhatIfResult ours = whatIf.evaluate(netnps, baselineDays);
      WhatIfResult theirs = whatIf.evaluate(classic, baselineDays);
      return new Result(sc.name(), baselineDays, postDays, budget, analysis, netnps, netnpsCost, ours, classic,
          classic.size() * CARRIER_COST, theirs);
    } catch (IllegalArgumentException e) {
      throw new UserException("SRCON refused a planned action: " + e.getMessage());
    }
  }

  /** Carriers for the cells with the highest mean daily busy-hour PRB utilisation, within the budget. */
  static List<Action> classic(AnalysisResult analysis, double budget) {
    CellHours t = analysis.scan().cellHours();
    int days = Math.max(1, t.hours() / 24);
    List<double[]> ranked = new ArrayList<>();   // {cell, busy-hour utilisation}
    for (int c = 0; c < t.cells(); c++) {
      double sum = 0;
      int n = 0;
      for (int d = 0; d < days; d++) {
        double busiest = Double.NaN;
        for (int h = d * 24; h < Math.min(t.hours(), d * 24 + 24); h++) {
          double u = t.prbUtilisation(c, h);
          busiest = Double.isNaN(busiest) || u > busiest ? u : busiest;
        }
        if (!Double.isNaN(busiest)) {
          sum += busiest;
          n++;
        }
      }
      if (n > 0) {
        ranked.add(new double[] {c, sum / n});
      }
    }
    ranked.sort((a, b) -> Double.compare(b[1], a[1]));
    List<Action> out = new ArrayList<>();
    for (double[] r : ranked) {
      if ((out.size() + 1) * CARRIER_COST > budget) {
        break;
      }
      String cell = analysis.scan().cells().get((int) r[0]).cellId();
      out.add(new Action("C" + (out.size() + 1), ActionType.ADD_CARRIER, cell, Double.NaN));
    }
    return out;
  }
}
