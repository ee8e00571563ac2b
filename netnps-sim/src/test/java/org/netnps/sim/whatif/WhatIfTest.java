package org.netnps.sim.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netnps.core.domain.ActionType;
import org.netnps.sim.Preset;
import org.netnps.sim.Scenario;
import org.netnps.sim.World;
import org.netnps.sim.problem.Problem;
import org.netnps.sim.problem.ProblemType;

/** What-if runs share every random stream with the base run, so only the actions make a difference. */
class WhatIfTest {
  static final Scenario SCENARIO = Scenario.of(Preset.TINY, 21).withSize(800, 3);
  static World world;
  static WhatIf whatIf;

  @BeforeAll
  static void build() {
    world = World.build(SCENARIO);
    whatIf = new WhatIf(world, 2, 9);
  }

  @Test
  void anEmptyPlanChangesNothing() throws IOException {
    WhatIfResult r = whatIf.evaluate(List.of(), 1);
    assertEquals(0, r.deltaNps());
    assertEquals(0, r.deltaDouPct());
    assertEquals(0, r.deltaComplaintsPct());
    assertEquals(0, r.deltaRevenuePct());
    assertTrue(r.grids().stream().allMatch(g -> g.deltaNps() == 0));
  }

  @Test
  void fixingEveryInjectedProblemRaisesNpsAndDataUse() throws IOException {
    List<Action> fixes = world.problems().stream().map(WhatIfTest::fix).toList();
    WhatIfResult r = whatIf.evaluate(fixes, 0);
    assertTrue(r.deltaNps() > 0.5, "delta NPS " + r.deltaNps());
    assertTrue(r.deltaDouPct() > 0, "delta DOU " + r.deltaDouPct());
    assertTrue(r.deltaRevenuePct() > 0, "delta revenue " + r.deltaRevenuePct());
    GridChange best = r.grids().get(0);
    assertTrue(best.deltaNetworkNpsPoints() >= r.grids().get(r.grids().size() - 1).deltaNetworkNpsPoints());
    double sum = r.grids().stream().mapToDouble(GridChange::deltaNetworkNpsPoints).sum();
    assertEquals(r.deltaNps(), sum, 1e-6, "grid contributions add up to the network change");
  }

  @Test
  void aFixBeforeTheProblemStartsPreventsIt() throws IOException {
    Problem outage = world.problems().stream().filter(p -> p.type() == ProblemType.SITE_OUTAGE).findFirst().orElseThrow();
    WhatIfResult r = whatIf.evaluate(List.of(new Action("A1", ActionType.REPAIR_FAULT, outage.siteId(), Double.NaN)), 0);
    assertTrue(r.deltaNps() > 0, "delta NPS " + r.deltaNps());
  }

  @Test
  void aNewSiteAddsCoverage() throws IOException {
    var frame = world.network().frame();
    String place = frame.lat(-1200) + " " + frame.lon(900);
    WhatIfResult r = whatIf.evaluate(List.of(new Action("A1", ActionType.NEW_SITE, place, Double.NaN)), 0);
    assertTrue(r.deltaDouPct() != 0 || r.deltaNps() != 0);
  }

  @Test
  void unknownTargetsAreRefusedByName() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> whatIf.evaluate(List.of(new Action("A9", ActionType.ADJUST_TILT, "NOPE", Double.NaN)), 0));
    assertTrue(e.getMessage().contains("A9") && e.getMessage().contains("NOPE"), e.getMessage());
    var device = assertThrows(IllegalArgumentException.class,
        () -> whatIf.evaluate(List.of(new Action("A8", ActionType.DEVICE_CAMPAIGN, "Astra", Double.NaN)), 0));
    assertTrue(device.getMessage().contains("unknown device model 'Astra'"), device.getMessage());
  }

  static Action fix(Problem p) {
    String target = switch (p.type()) {
      case SITE_OUTAGE, TRANSPORT_CONGESTION -> p.siteId();
      case DEVICE_DEFECT -> p.deviceModel();
      default -> p.cellIds().get(0);
    };
    return new Action(p.id(), p.type().fix, target, Double.NaN);
  }
}
