package org.netnps.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.netnps.app.sim.ScenarioFile;
import org.netnps.core.UserException;
import org.netnps.core.record.PlannedAction;
import org.netnps.io.results.PlanFile;
import org.netnps.sim.Scenario;
import org.netnps.sim.World;
import org.netnps.sim.whatif.Action;
import org.netnps.sim.whatif.GridChange;
import org.netnps.sim.whatif.WhatIf;
import org.netnps.sim.whatif.WhatIfResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code netnps whatif}: predicted effect of a plan, by re-simulating with the same random streams. */
@Command(name = "whatif", mixinStandardHelpOptions = true,
    description = "Predict what a plan (plan.csv) does to network NPS, data use per user, complaints and "
        + "revenue, overall and per H3 grid: SRCON runs the scenario with and without the actions, with "
        + "common random numbers. DATASET-OR-SCENARIO is a SRCON dataset (its DIR.truth/scenario.json is "
        + "replayed) or a scenario JSON file.")
public final class WhatIfCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DATASET-OR-SCENARIO")
  Path source;

  @Option(names = "--actions", required = true, paramLabel = "plan.csv", description = "the plan to evaluate")
  Path actions;

  @Option(names = "--from-day", defaultValue = "0", description = "first day with the actions in place (default ${DEFAULT-VALUE})")
  int fromDay;

  @Option(names = "--grids", defaultValue = "10", description = "grids to list (default ${DEFAULT-VALUE})")
  int grids;

  @Option(names = "--json", description = "print the result as JSON (all grids)")
  boolean json;

  @Option(names = "--threads", description = "worker threads (default: all processors)")
  Integer threads;

  @Override
  public Integer call() throws IOException {
    Scenario scenario = ScenarioFile.read(scenarioFile(source));
    List<Action> plan = new ArrayList<>();
    for (PlannedAction p : PlanFile.read(actions)) {
      plan.add(new Action(p.actionId(), p.action(), p.target(), p.value()));
    }
    WhatIfResult r;
    try {
      r = new WhatIf(World.build(scenario), threads == null ? Runtime.getRuntime().availableProcessors() : threads, 9)
          .evaluate(plan, fromDay);
    } catch (IllegalArgumentException e) {
      throw new UserException(actions + ": " + e.getMessage());
    }
    if (json) {
      System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
      return 0;
    }
    System.out.printf("plan of %d actions from day %d of %d (%s)%n", plan.size(), r.fromDay(), r.days(), scenario.name());
    System.out.printf("network NPS   %+.2f points (from %.2f)%n", r.deltaNps(), r.baseNetworkNps());
    System.out.printf("DOU           %+.2f %%%n", r.deltaDouPct());
    System.out.printf("complaints    %+.1f %% (%d -> %d)%n", r.deltaComplaintsPct(), r.baseComplaints(), r.planComplaints());
    System.out.printf("revenue       %+.3f %%%n", r.deltaRevenuePct());
    System.out.println("grids with the largest gain (network NPS points, grid NPS change, subscribers):");
    for (GridChange g : r.grids().subList(0, Math.min(grids, r.grids().size()))) {
      System.out.printf("  %s  %+.3f  %+.1f  %d%n", g.gridId(), g.deltaNetworkNpsPoints(), g.deltaNps(), g.subscribers());
    }
    return 0;
  }

  static Path scenarioFile(Path source) {
    if (Files.isDirectory(source)) {
      Path file = SimulateCommand.truthDir(source).resolve("scenario.json");
      if (!Files.exists(file)) {
        throw new UserException(source + ": not a SRCON dataset (no " + file + "); what-if on an operator's "
            + "own dataset needs its network twin (diagnosis issue); pass a scenario JSON instead");
      }
      return file;
    }
    if (!Files.exists(source)) {
      throw new UserException(source + ": no such file or directory");
    }
    return source;
  }
}
