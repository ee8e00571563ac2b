package org.netnps.sim;

import java.util.List;
import org.netnps.sim.network.Network;
import org.netnps.sim.network.NetworkBuilder;
import org.netnps.sim.population.Population;
import org.netnps.sim.population.PopulationBuilder;
import org.netnps.sim.problem.Problem;
import org.netnps.sim.problem.ProblemInjector;
import org.netnps.sim.radio.PixelGrid;
import org.netnps.sim.radio.RadioMap;
import org.netnps.sim.radio.ShadowFields;
import org.netnps.sim.network.Layer;

/**
 * The static part of a scenario: the network, the subscribers, the pixel grid with its shadow
 * fields, and the problems. Built deterministically from the scenario; {@link #copy()} gives a
 * world whose network a what-if can change.
 */
public record World(Scenario scenario, Network network, Population population, PixelGrid grid,
    ShadowFields shadow, List<Problem> problems) {

  /** Raster resolution, metres. */
  public static final double PIXEL_M = 50;
  /** Share of urban sites carrying NR. */
  static final double NR_SITE_SHARE = 0.85;

  public static World build(Scenario scenario) {
    LocalFrame frame = new LocalFrame(scenario.centreLat(), scenario.centreLon());
    double radius = scenario.preset().radiusM;
    Network network = NetworkBuilder.build(frame, radius, NR_SITE_SHARE, scenario.seed());
    Population population = PopulationBuilder.build(scenario.subscribers(), radius, scenario.seed());
    PixelGrid grid = PixelGrid.around(radius, 1000, PIXEL_M);
    ShadowFields shadow = ShadowFields.generate(network, grid, RadioMap.rangeM(Layer.LTE_1800), 50, scenario.seed());
    List<Problem> problems = scenario.problems() != null ? scenario.problems()
        : ProblemInjector.preset(network, scenario.start(), scenario.days(), scenario.seed());
    return new World(scenario, network, population, grid, shadow, List.copyOf(problems));
  }

  /** How many of the operator's users each simulated subscriber stands for in the load. */
  public double loadScale() {
    long lteCells = network.cells().stream().filter(c -> c.layer == Layer.LTE_1800).count();
    return Math.max(1, scenario.usersPerLteCell() * lteCells / population.size);
  }

  public World copy() {
    return new World(scenario, network.copy(), population, grid, shadow, problems);
  }
}
