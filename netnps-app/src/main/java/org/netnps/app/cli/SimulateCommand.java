package org.netnps.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.netnps.app.Directories;
import org.netnps.app.sim.ScenarioFile;
import org.netnps.app.sim.TruthFiles;
import org.netnps.core.UserException;
import org.netnps.io.write.ContractDatasetWriter;
import org.netnps.sim.Preset;
import org.netnps.sim.Scenario;
import org.netnps.sim.Srcon;
import org.netnps.sim.World;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code netnps simulate}: a SRCON city written as a dataset, with its truth beside it. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Simulate a city's network, subscribers and sessions (SRCON) and write a dataset in the "
        + "data contract to DIR, with the ground truth (problems, latent satisfaction, true network NPS) "
        + "in DIR.truth beside it. Same seed, same bytes.")
public final class SimulateCommand implements Callable<Integer> {
  @Option(names = "--preset", defaultValue = "small", description = "tiny, small or city (default ${DEFAULT-VALUE})")
  String preset;

  @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "dataset directory to write")
  Path out;

  @Option(names = "--scenario", paramLabel = "FILE", description = "scenario JSON (size, seed, problems); overrides --preset/--seed")
  Path scenarioFile;

  @Option(names = "--subscribers", description = "override the preset's number of subscribers")
  Integer subscribers;

  @Option(names = "--days", description = "override the preset's number of days")
  Integer days;

  @Option(names = "--survey-response-bias", paramLabel = "B", description = "0..1: how much more the very "
      + "unhappy and very happy answer surveys (default: the scenario's, 0 = not at all)")
  Double surveyResponseBias;

  @Option(names = "--threads", description = "worker threads (default: all processors)")
  Integer threads;

  @Option(names = "--force", description = "replace DIR and DIR.truth if they exist")
  boolean force;

  @Override
  public Integer call() throws IOException {
    Scenario scenario = scenario();
    Path truthDir = truthDir(out);
    prepare(out);
    prepare(truthDir);
    long t0 = System.nanoTime();
    World world = World.build(scenario);
    Map<String, Long> rows;
    try (ContractDatasetWriter writer = new ContractDatasetWriter(out);
        TruthFiles truth = new TruthFiles(truthDir)) {
      ScenarioFile.write(scenario, world.problems(), truthDir.resolve("scenario.json"));
      new Srcon(world, threads == null ? Runtime.getRuntime().availableProcessors() : threads).run(writer, truth);
      writer.close();
      rows = writer.rowCounts();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long xdrs = rows.entrySet().stream().filter(e -> e.getKey().startsWith("xdr/")).mapToLong(Map.Entry::getValue).sum();
    long pm = rows.entrySet().stream().filter(e -> e.getKey().startsWith("pm/")).mapToLong(Map.Entry::getValue).sum();
    System.out.printf("simulated %s: %d subscribers, %d days, %d cells, %d problems in %.1f s%n", scenario.name(),
        scenario.subscribers(), scenario.days(), world.network().cells().size(), world.problems().size(), seconds);
    System.out.printf("wrote %s: %d xDRs, %d PM values, %d surveys, %d complaints, %d alarms%n", out, xdrs, pm,
        rows.getOrDefault("surveys.csv", 0L), rows.getOrDefault("complaints.csv", 0L), rows.getOrDefault("alarms.csv", 0L));
    System.out.printf("truth in %s%n", truthDir);
    return 0;
  }

  /** Where a dataset's truth lives: a sibling directory named DATASET.truth. */
  public static Path truthDir(Path dataset) {
    Path abs = dataset.toAbsolutePath().normalize();
    return abs.resolveSibling(abs.getFileName() + ".truth");
  }

  private Scenario scenario() {
    Scenario s;
    try {
      s = scenarioFile != null ? ScenarioFile.read(scenarioFile) : Scenario.of(Preset.ofName(preset), seed);
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
    if (subscribers != null || days != null) {
      if ((subscribers != null && subscribers < 1) || (days != null && days < 1)) {
        throw new UserException("--subscribers and --days must be at least 1");
      }
      s = s.withSize(subscribers == null ? s.subscribers() : subscribers, days == null ? s.days() : days);
    }
    if (surveyResponseBias != null) {
      try {
        s = s.withSurveyResponseBias(surveyResponseBias);
      } catch (IllegalArgumentException e) {
        throw new UserException("--survey-response-bias: " + e.getMessage());
      }
    }
    return s;
  }

  private void prepare(Path dir) throws IOException {
    if (Files.exists(dir)) {
      if (!force) {
        throw new UserException(dir + " exists; use --force to replace it");
      }
      Directories.deleteTree(dir);
    }
  }
}
