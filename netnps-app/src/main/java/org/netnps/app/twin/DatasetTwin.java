package org.netnps.app.twin;

import com.uber.h3core.H3Core;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.netnps.app.analyze.AnalysisResult;
import org.netnps.app.analyze.Diagnosis;
import org.netnps.core.twin.CellHours;
import org.netnps.io.dataset.DatasetManifest;
import org.netnps.io.scan.ScanResult;
import org.netnps.sim.LocalFrame;
import org.netnps.sim.Preset;
import org.netnps.sim.Scenario;
import org.netnps.sim.Srcon;
import org.netnps.sim.World;
import org.netnps.sim.network.Layer;
import org.netnps.sim.network.Network;
import org.netnps.sim.problem.Problem;
import org.netnps.sim.radio.PixelGrid;
import org.netnps.sim.radio.RadioMap;
import org.netnps.sim.radio.RadioMaps;
import org.netnps.sim.radio.ShadowFields;
import org.netnps.sim.truth.TruthSink;

/**
 * The digital twin of a dataset's network as a SRCON world, for what-if runs of candidate actions:
 * the network from the configuration snapshot ({@link TwinNetwork}), a sample of the subscribers
 * placed where the data saw them ({@link TwinPopulation}), the diagnosed problems still going on
 * ({@link TwinProblems}), and the load calibrated so that the twin's median busy-hour PRB
 * utilisation of the LTE cells matches the one measured in PM. It runs the days after the data.
 * Nothing of a simulator's own truth goes in: only the dataset and its analysis (docs/twin.md).
 */
public final class DatasetTwin {
  /** SRCON's city calibration, the load calibration's starting point. */
  static final double START_USERS_PER_LTE_CELL = 180;
  static final int CALIBRATION_ROUNDS = 3;
  static final double CALIBRATION_TOLERANCE = 0.05;

  /**
   * @param subscribers at most this many subscribers in the twin (a sample of those seen)
   * @param days simulated days after the data (after SRCON's burn-in)
   */
  public record Options(int subscribers, int days, long seed, int threads) {
    /**
     * 20,000 subscribers, as many days as the NPS model's feature window (so the model scores a
     * window of simulated days, none repeated), on every processor.
     */
    public static Options defaults(int windowDays) {
      return new Options(20_000, windowDays, 0x7717L, Runtime.getRuntime().availableProcessors());
    }
  }

  /**
   * The twin, how its load was calibrated, and the radio maps its runs computed (what-if runs of
   * the same network reuse them).
   */
  public record Twin(World world, int[] datasetIndex, double usersPerLteCell, double measuredBusyHourPrb,
      double twinBusyHourPrb, int calibrationRuns, RadioMaps maps, Fidelity nrShare) {}

  /**
   * A figure of the network as the data measured it and as the twin's last calibration day ran it
   * (NaN where there is nothing to measure): a check, not calibrated on.
   */
  public record Fidelity(double measured, double twin) {}

  private DatasetTwin() {}

  public static Twin build(AnalysisResult analysis, Options o) {
    return build(analysis.scan(), analysis.findings(), analysis.manifest(), o);
  }

  public static Twin build(ScanResult scan, List<Diagnosis.Finding> findings, DatasetManifest manifest, Options o) {
    LocalFrame frame = TwinNetwork.frame(scan.cells());
    Network network = TwinNetwork.build(scan.cells(), frame);
    H3Core h3;
    try {
      h3 = H3Core.newInstance();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the H3 native library", e);
    }
    TwinPopulation.Sample sample = TwinPopulation.build(scan, frame, network.radiusM(), o.subscribers(), o.seed(), h3);
    ZoneId zone = manifest.timezone();
    Instant end = Instant.ofEpochMilli(scan.periodEndMs());
    LocalDate firstDay = end.atZone(zone).toLocalDate().plusDays(1);
    int offset = zone.getRules().getOffset(end).getTotalSeconds() / 3600;
    // the preset only names the run: the twin's world is assembled here, not drawn from a preset
    Scenario sc = new Scenario("twin-" + manifest.name(), Preset.CITY, o.seed(), sample.population().size,
        o.days(), firstDay, zone.getId(), offset, frame.centreLat(), frame.centreLon(), START_USERS_PER_LTE_CELL,
        0, 0, List.of());
    long from = sc.start() - Srcon.BURN_IN_DAYS * 86_400_000L;
    List<Problem> problems = TwinProblems.from(findings, scan, network, from, sc.start(), sc.end());
    sc = sc.withProblems(problems);
    PixelGrid grid = PixelGrid.around(network.radiusM(), 1000, World.PIXEL_M);
    ShadowFields shadow = ShadowFields.generate(network, grid, RadioMap.rangeM(Layer.LTE_1800), 50, o.seed());
    World world = new World(sc, network, sample.population(), grid, shadow, problems);
    return calibrate(world, sample.datasetIndex(), scan, o.threads());
  }

  /**
   * Scales the users per LTE cell until the twin's median busy-hour utilisation matches the measured
   * one, and compares the NR layer's share of bearer setups on the last calibration day with the data's.
   */
  private static Twin calibrate(World world, int[] index, ScanResult scan, int threads) {
    double measured = medianBusyHour(scan.cellHours(), scanCells(scan, Layer.LTE_1800));
    double measuredNr = nrShare(scan.cellHours(), scanCells(scan, Layer.NR_3500));
    RadioMaps maps = new RadioMaps();
    double users = START_USERS_PER_LTE_CELL;
    double twin = Double.NaN;
    double twinNr = Double.NaN;
    int runs = 0;
    if (Double.isNaN(measured)) {
      return new Twin(world, index, users, measured, twin, 0, maps, new Fidelity(measuredNr, twinNr));
    }
    for (int round = 0; round < CALIBRATION_ROUNDS; round++) {
      World w = with(world, users);
      CellHours day = oneDay(w, threads, maps);
      twin = medianBusyHour(day, cellsOf(w.network(), Layer.LTE_1800));
      twinNr = nrShare(day, cellsOf(w.network(), Layer.NR_3500));
      runs++;
      if (!(twin > 0) || Math.abs(twin / measured - 1) <= CALIBRATION_TOLERANCE) {
        break;
      }
      users *= measured / twin;
    }
    return new Twin(with(world, users), index, users, measured, twin, runs, maps, new Fidelity(measuredNr, twinNr));
  }

  private static World with(World w, double usersPerLteCell) {
    return new World(w.scenario().withUsersPerLteCell(usersPerLteCell), w.network(), w.population(), w.grid(),
        w.shadow(), w.problems());
  }

  private static CellHours oneDay(World w, int threads, RadioMaps maps) {
    World day = new World(w.scenario().withSize(w.population().size, 1), w.network().copy(), w.population(), w.grid(),
        w.shadow(), w.problems());
    PmCapture capture = new PmCapture(day.network());
    try {
      new Srcon(day, threads, maps).run(capture, TruthSink.discard());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return capture.hours();
  }

  private static List<Integer> cellsOf(Network network, Layer layer) {
    List<Integer> out = new ArrayList<>();
    for (var c : network.cells()) {
      if (c.layer == layer) {
        out.add(c.index);
      }
    }
    return out;
  }

  private static List<Integer> scanCells(ScanResult scan, Layer layer) {
    List<Integer> out = new ArrayList<>();
    for (int c = 0; c < scan.cells().size(); c++) {
      if (TwinNetwork.layer(scan.cells().get(c)) == layer) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The given (NR) cells' share of every cell's bearer setup attempts (ERAB.EstabInitAttNbr on LTE,
   * DRB.EstabAtt on NR) over the whole table: how much of the traffic the NR layer carries, what
   * load balancing to NR moves. NaN without attempts.
   */
  static double nrShare(CellHours t, List<Integer> nrCells) {
    double all = 0;
    for (int c = 0; c < t.cells(); c++) {
      all += attempts(t, c);
    }
    double nr = 0;
    for (int c : nrCells) {
      nr += attempts(t, c);
    }
    return all > 0 ? nr / all : Double.NaN;
  }

  private static double attempts(CellHours t, int cell) {
    double sum = 0;
    for (int h = 0; h < t.hours(); h++) {
      sum += t.get(cell, h, CellHours.Field.ERAB_ATT);
    }
    return sum;
  }

  static double medianBusyHour(CellHours t, List<Integer> cells) {
    List<Double> u = new ArrayList<>();
    for (int c : cells) {
      double v = t.busyHourPrbUtilisation(c);
      if (!Double.isNaN(v)) {
        u.add(v);
      }
    }
    if (u.isEmpty()) {
      return Double.NaN;
    }
    u.sort(null);
    return u.get(u.size() / 2);
  }
}
