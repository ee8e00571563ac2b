package org.netnps.app.twin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netnps.app.analyze.Analysis;
import org.netnps.app.analyze.AnalysisOptions;
import org.netnps.app.analyze.AnalysisResult;
import org.netnps.core.domain.ActionType;
import org.netnps.core.record.DatasetSink;
import org.netnps.core.record.PlannedAction;
import org.netnps.core.record.XdrRecord;
import org.netnps.core.twin.CellHours;
import org.netnps.io.dataset.DatasetVisitor;
import org.netnps.io.pm.CounterMapping;
import org.netnps.io.write.ContractDatasetWriter;
import org.netnps.sim.Preset;
import org.netnps.sim.Scenario;
import org.netnps.sim.Srcon;
import org.netnps.sim.World;
import org.netnps.sim.network.Cell;
import org.netnps.sim.problem.Problem;
import org.netnps.sim.problem.ProblemType;
import org.netnps.sim.radio.RadioMaps;
import org.netnps.sim.whatif.Action;
import org.netnps.sim.truth.TruthSink;

/**
 * The twin of a simulated tiny city, built from its dataset and analysis only, and what-if gains
 * on it: an action that ends a problem gains, one that changes nothing gains exactly nothing.
 */
class DatasetTwinTest {
  @TempDir
  static Path dir;
  static AnalysisResult analysis;
  static DatasetTwin.Twin twin;

  @BeforeAll
  static void simulateAnalyzeAndBuildTheTwin() throws Exception {
    Scenario sc = Scenario.of(Preset.TINY, 2).withSize(Preset.TINY.subscribers, 8);
    try (ContractDatasetWriter w = new ContractDatasetWriter(dir)) {
      new Srcon(World.build(sc), 2).run(w, TruthSink.discard());
    }
    analysis = Analysis.run(dir, AnalysisOptions.defaults(), CounterMapping.defaults(), new DatasetVisitor() {}, n -> {});
    twin = DatasetTwin.build(analysis, new DatasetTwin.Options(600, 2, 7, 2));
  }

  @Test
  void theTwinHasTheDatasetsCellsAndASampleOfItsSubscribers() {
    World w = twin.world();
    assertEquals(analysis.scan().cells().size(), w.network().cells().size());
    assertTrue(w.population().size <= 600 && w.population().size >= 300, "a sample: " + w.population().size);
    for (int t = 0; t < w.population().size; t++) {
      assertEquals(analysis.scan().ids().id(twin.datasetIndex()[t]), w.population().id[t]);
    }
    assertEquals(w.scenario().start(), twinStart(), "the twin runs the days after the data");
  }

  @Test
  void eachSubscriberLivesInTheGridWhereTheDataSawThemMostSpreadOverIt() throws Exception {
    World w = twin.world();
    var frame = w.network().frame();
    com.uber.h3core.H3Core h3 = com.uber.h3core.H3Core.newInstance();
    java.util.Set<String> homes = new java.util.HashSet<>();
    int placed = 0;
    for (int t = 0; t < w.population().size; t++) {
      var grids = analysis.scan().profiles()[twin.datasetIndex()[t]].grids();
      int busiest = -1;
      for (int i = 0; i < grids.size(); i++) {
        if (grids.key(i) != 0 && (busiest < 0 || grids.busier(i, busiest))) {
          busiest = i;
        }
      }
      if (busiest >= 0) {
        placed++;
        double x = w.population().homeX[t];
        double y = w.population().homeY[t];
        long grid = grids.key(busiest);
        assertEquals(grid, h3.latLngToCell(frame.lat(y), frame.lon(x), h3.getResolution(grid)), "in its busiest grid");
        homes.add(x + " " + y);
      }
    }
    assertTrue(placed > w.population().size / 2, "most have a position in the data: " + placed);
    assertEquals(placed, homes.size(), "no two homes on one point (a grid's centre)");
  }

  @Test
  void theLoadIsCalibratedOnTheMeasuredBusyHour() {
    assertTrue(twin.measuredBusyHourPrb() > 0, "SRCON writes PRB counters: " + twin.measuredBusyHourPrb());
    assertTrue(twin.calibrationRuns() >= 1 && twin.calibrationRuns() <= DatasetTwin.CALIBRATION_ROUNDS);
    double off = Math.abs(twin.twinBusyHourPrb() / twin.measuredBusyHourPrb() - 1);
    assertTrue(off <= DatasetTwin.CALIBRATION_TOLERANCE || twin.calibrationRuns() == DatasetTwin.CALIBRATION_ROUNDS,
        "twin " + twin.twinBusyHourPrb() + " vs measured " + twin.measuredBusyHourPrb());
  }

  @Test
  void theNrLayersShareOfBearerSetupsIsMeasuredInTheDataAndInTheTwin() {
    // the tiny city has NR on its inner sites: both shares are fractions of all setups
    assertTrue(twin.nrShare().measured() > 0 && twin.nrShare().measured() < 1, twin.nrShare().toString());
    assertTrue(twin.nrShare().twin() > 0 && twin.nrShare().twin() < 1, twin.nrShare().toString());
  }

  @Test
  void theNrShareCountsSetupAttemptsOverEveryHour() {
    long t0 = 1_772_380_800_000L;
    CellHours t = new CellHours(3);
    t.add(0, t0, CellHours.Field.ERAB_ATT, 30);                 // LTE
    t.add(1, t0, CellHours.Field.ERAB_ATT, 10);                 // NR
    t.add(1, t0 + 3_600_000L, CellHours.Field.ERAB_ATT, 20);    // NR, the next hour
    t.add(2, t0, CellHours.Field.ERAB_ATT, 40);                 // LTE
    assertEquals(0.3, DatasetTwin.nrShare(t, List.of(1)), 1e-9, "30 of 100 attempts");
    assertEquals(0, DatasetTwin.nrShare(t, List.of()), 1e-9);
    assertTrue(Double.isNaN(DatasetTwin.nrShare(new CellHours(2), List.of(1))), "no attempts, no share");
  }

  @Test
  void repairingAnOutageGainsAndAnActionThatChangesNothingGainsNothing() {
    World w = twin.world();
    List<Cell> cells = w.network().cells();
    Cell broken = cells.get(0);
    Cell healthy = cells.stream().max((a, b) -> Double.compare(distance(a, broken), distance(b, broken))).orElseThrow();
    List<Problem> problems = new ArrayList<>(w.problems());
    problems.add(new Problem("X1", ProblemType.CELL_OUTAGE, List.of(broken.id), null, null, broken.site.x(),
        broken.site.y(), w.scenario().start() - 4 * 86_400_000L, w.scenario().end(), 0));
    World withOutage = new World(w.scenario().withProblems(problems), w.network(), w.population(), w.grid(), w.shadow(),
        problems);
    List<PlannedAction> repairs = List.of(
        new PlannedAction("A001", "F001", ActionType.REPAIR_FAULT, broken.id, "", 0, 1, 1, Double.NaN),
        new PlannedAction("A002", "F001", ActionType.REPAIR_FAULT, broken.id, "", 0, 1, 2, Double.NaN));
    TwinGains.Result r = TwinGains.estimate(withOutage, repairs, 2, new RadioMaps());
    assertTrue(r.gains()[0] > 0, "repairing the outage: " + r.gains()[0]);
    assertEquals(0.0, r.gains()[1], "the same repair twice gains once");
    assertEquals(2, r.runs(), "the base run and one with the repair");
    List<PlannedAction> idle = List.of(
        new PlannedAction("A003", "F002", ActionType.REPAIR_FAULT, healthy.id, "", 0, 1, 1, Double.NaN));
    assertEquals(0.0, TwinGains.estimate(withOutage, idle, 2, new RadioMaps()).gains()[0], "nothing to repair: the run is the base run");

    TwinResponse byModel = new TwinResponse(analysis, w.population(), twin.datasetIndex());
    TwinGains.Result m = TwinGains.estimate(withOutage, repairs, 2, new RadioMaps(), byModel);
    assertTrue(m.gains()[0] > 0, "netnps's NPS model also sees the repaired outage's sessions: " + m.gains()[0]);
    assertArrayEquals(r.gains(), r.behaviourGains(), "with SRCON's behaviour model as the response, the two are one");
    // the same runs (same random streams), credited by the sessions the probe recorded: an attempt without
    // service leaves no xDR, so the shares differ a little from the simulator's own session counts
    assertEquals(r.gains()[0], m.behaviourGains()[0], 0.02 * r.gains()[0],
        "the model's runs valued by the behaviour model are the behaviour model's runs");
    assertEquals(0.0, TwinGains.estimate(withOutage, idle, 2, new RadioMaps(), byModel).gains()[0],
        "same sessions, same scores");

    WholePlans wholes = new WholePlans(withOutage, 2, new RadioMaps(), byModel);
    WholePlans.Whole nothing = wholes.value(List.of());
    assertEquals(0.0, nothing.gain(), "an empty plan is the base run");
    Action repair = new Action("A001", ActionType.REPAIR_FAULT, broken.id, Double.NaN);
    WholePlans.Whole repaired = wholes.value(List.of(repair));
    WholePlans.Whole withMore = wholes.value(List.of(repair,
        new Action("A003", ActionType.REPAIR_FAULT, healthy.id, Double.NaN),
        new Action("A009", ActionType.DEVICE_CAMPAIGN, "no such phone", Double.NaN)));
    assertEquals(2, withMore.actions(), "a device the twin does not know is left out");
    assertEquals(repaired, new WholePlans.Whole(withMore.gain(), withMore.behaviourGain(), 1),
        "an action that changes nothing adds nothing to the plan");
    WholePlans.Whole felt = new WholePlans(withOutage, 2, new RadioMaps(), null).value(List.of(repair));
    assertEquals(felt.gain(), felt.behaviourGain(), "valued by SRCON's behaviour model, the two are one");

    List<PlannedAction> candidates = List.of(
        new PlannedAction("A001", "F001", ActionType.REPAIR_FAULT, broken.id, "", 0.5, 1, 1, Double.NaN),
        new PlannedAction("A003", "F002", ActionType.REPAIR_FAULT, healthy.id, "", 0.1, 1, 2, Double.NaN));
    PlanRefinement.Refined refined = PlanRefinement.refine(candidates, 2, new WholePlans(withOutage, 2,
        new RadioMaps(), byModel));
    assertEquals(0.0, refined.marginal().get("A003"), "repairing a healthy cell adds nothing in company");
    assertEquals(List.of("A003"), refined.dropped());
    assertEquals(List.of(0), refined.chosen(), "the budget chosen again without it");
    assertEquals(repaired.gain(), refined.kept().gain(), 1e-12);
    assertEquals(5, refined.runs(), "the base, the plan, the plan without each action, the new plan");
  }

  @Test
  void servingSitesCountEachSubscribersSessionsBySiteAndPassTheRecordsOn() throws Exception {
    World w = twin.world();
    Cell a = w.network().cells().get(0);
    Cell sameSite = w.network().cellsOf(a.site).get(1);
    Cell other = w.network().cells().stream().filter(c -> c.site != a.site).findFirst().orElseThrow();
    String id = w.population().id[3];
    List<String> passed = new ArrayList<>();
    ServingSites serving = new ServingSites(new DatasetSink.Ignoring() {
      @Override
      public void xdr(XdrRecord x) {
        passed.add(x.cellId);
      }
    }, java.util.Map.of(id, 3), w.population().size, w.network());
    for (Cell c : List.of(a, sameSite, other, a)) {
      XdrRecord x = new XdrRecord();
      x.subscriberId = id;
      x.cellId = c.id;
      serving.xdr(x);
    }
    XdrRecord stranger = new XdrRecord();
    stranger.subscriberId = "not in the twin";
    stranger.cellId = a.id;
    serving.xdr(stranger);
    assertEquals(3, serving.sessions(3, a.site.index()), "both cells of the site");
    assertEquals(1, serving.sessions(3, other.site.index()));
    assertEquals(0, serving.sessions(4, a.site.index()));
    assertEquals(5, passed.size(), "every record passes on");
  }

  @Test
  void aNewSiteWhereSubscribersLiveIsSimulated() throws Exception {
    World w = twin.world();
    var frame = w.network().frame();
    String grid = com.uber.h3core.H3Core.newInstance().latLngToCellAddress(frame.lat(w.population().homeY[0]),
        frame.lon(w.population().homeX[0]), 9);
    List<PlannedAction> site = List.of(new PlannedAction("A001", "", ActionType.NEW_SITE, grid, grid, 0, 50, 1,
        Double.NaN));
    TwinGains.Result r = TwinGains.estimate(w, site, 2, twin.maps());
    assertEquals(2, r.runs(), "the base run and one with the site");
    assertTrue(r.gains()[0] != 0, "a site among the subscribers changes their experience");
  }

  private static long twinStart() {
    var zone = analysis.manifest().timezone();
    return java.time.Instant.ofEpochMilli(analysis.scan().periodEndMs()).atZone(zone).toLocalDate().plusDays(1)
        .atStartOfDay(zone).toInstant().toEpochMilli();
  }

  private static double distance(Cell a, Cell b) {
    return Math.hypot(a.site.x() - b.site.x(), a.site.y() - b.site.y());
  }
}
