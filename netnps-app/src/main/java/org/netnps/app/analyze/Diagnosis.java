package org.netnps.app.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netnps.core.diagnosis.Candidate;
import org.netnps.core.diagnosis.CellConfig;
import org.netnps.core.diagnosis.CellDetectors;
import org.netnps.core.diagnosis.DeviceDetector;
import org.netnps.core.diagnosis.SiteGrouping;
import org.netnps.core.diagnosis.TiltAudit;
import org.netnps.core.domain.ProblemCause;
import org.netnps.core.experience.DayField;
import org.netnps.core.experience.ExperienceAccumulator;
import org.netnps.core.experience.PoorEvents;
import org.netnps.core.grid.GridIndexer;
import org.netnps.core.qoe.PoorReason;
import org.netnps.core.twin.CellHours;
import org.netnps.io.scan.CellInfo;
import org.netnps.io.scan.CustomerRecords;
import org.netnps.io.scan.ScanResult;
import org.netnps.ml.NpsModel;

/**
 * From the twin to findings.csv: the detectors' candidates (PM and session evidence per cell and
 * hour against each cell's baseline, the tilt audit, devices across places), each with the
 * subscribers its poor events touched and its nps_impact through the model, ranked by impact.
 */
public final class Diagnosis {
  /** One finding as findings.csv writes it. */
  public record Finding(String id, Candidate candidate, String cellId, String gridId, double lat, double lon, long startMs,
      long endMs, int affectedSubscribers, double npsImpact) {
    /**
     * A problem whose window ended more than this before the data did is over: fixing it now gains
     * nothing.
     */
    public static final long ONGOING_MS = 24 * 3_600_000L;

    /** Whether the problem was still going on in the last {@link #ONGOING_MS} of data ending at {@code dataEndMs}. */
    public boolean ongoing(long dataEndMs) {
      return endMs >= dataEndMs - ONGOING_MS;
    }
  }

  private Diagnosis() {}

  static List<Finding> run(ScanResult scan, ScoredBase base, FeatureBuilder fb, NpsModel model, GridIndexer grids) {
    CellHours twin = scan.cellHours();
    List<CellConfig> configs = scan.cells().stream().map(CellInfo::config).toList();
    List<Candidate> candidates = new ArrayList<>(SiteGrouping.group(new CellDetectors(twin).detect(), configs));
    candidates.addAll(TiltAudit.detect(configs, twin));
    candidates.addAll(DeviceDetector.detect(deviceCalls(scan), twin.hours()));

    Map<Integer, String> deviceOf = new HashMap<>();
    CustomerRecords crm = scan.customers();
    for (int s = 0; s < scan.subscribers(); s++) {
      if (crm.row(s) != null && crm.row(s).deviceModel() != null) {
        deviceOf.put(s, crm.row(s).deviceModel());
      }
    }
    PoorEvents ev = scan.poorEvents();
    List<Map<Integer, List<Integer>>> groups = new ArrayList<>();
    List<Long> topGrid = new ArrayList<>();
    // the poor events indexed once: by cell, and lost calls by the subscriber's device model
    Map<Integer, List<Integer>> byCell = new HashMap<>();
    Map<String, List<Integer>> lostCallsByDevice = new HashMap<>();
    for (int e = 0; e < ev.size(); e++) {
      byCell.computeIfAbsent(ev.cell(e), k -> new ArrayList<>()).add(e);
      String device = deviceOf.get(ev.subscriber(e));
      if (device != null && isCallLoss(ev.reason(e))) {
        lostCallsByDevice.computeIfAbsent(device, k -> new ArrayList<>()).add(e);
      }
    }
    for (Candidate c : candidates) {
      long from = twin.hourStartMs(c.startHour());
      long to = twin.hourStartMs(c.endHour());
      List<List<Integer>> sources = new ArrayList<>();
      if (c.cause() == ProblemCause.DEVICE) {
        sources.add(lostCallsByDevice.getOrDefault(c.deviceModel(), List.of()));
      } else {
        c.cells().stream().distinct().forEach(cell -> sources.add(byCell.getOrDefault(cell, List.of())));
      }
      Map<Integer, List<Integer>> bySubscriber = new HashMap<>();
      Map<Long, Integer> gridCounts = new HashMap<>();
      for (List<Integer> events : sources) {
        for (int e : events) {
          long at = ev.startMs(e);
          if (at >= from && at < to) {
            bySubscriber.computeIfAbsent(ev.subscriber(e), s -> new ArrayList<>()).add(e);
            gridCounts.merge(ev.grid(e), 1, Integer::sum);
          }
        }
      }
      groups.add(bySubscriber);
      topGrid.add(gridCounts.entrySet().stream().filter(g -> g.getKey() != 0).max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey).orElse(0L));
    }
    double[] impact = new Counterfactual(scan, base, fb, model).impacts(groups);
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      String cellId = c.cells().isEmpty() ? null : scan.cells().get(c.cells().get(0)).cellId();
      long grid = topGrid.get(i);
      if (grid == 0 && !c.cells().isEmpty()) {
        CellInfo cell = scan.cells().get(c.cells().get(0));
        grid = grids.cell(cell.lat(), cell.lon());
      }
      double[] centre = grid == 0 ? new double[] {Double.NaN, Double.NaN} : grids.centre(grid);
      out.add(new Finding(null, c, cellId, grid == 0 ? null : grids.address(grid), centre[0], centre[1],
          twin.hourStartMs(c.startHour()), twin.hourStartMs(c.endHour()), groups.get(i).size(), impact[i]));
    }
    out.sort((a, b) -> Double.compare(b.npsImpact(), a.npsImpact()));
    List<Finding> numbered = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      Finding f = out.get(i);
      numbered.add(new Finding(String.format("F%03d", i + 1), f.candidate(), f.cellId(), f.gridId(), f.lat(), f.lon(),
          f.startMs(), f.endMs(), f.affectedSubscribers(), f.npsImpact()));
    }
    return numbered;
  }

  private static boolean isCallLoss(PoorReason r) {
    return r == PoorReason.CALL_FAILED || r == PoorReason.CALL_DROPPED;
  }

  /** Calls and lost calls per device model over the whole period, from the experience profiles. */
  private static Map<String, DeviceDetector.DeviceCalls> deviceCalls(ScanResult scan) {
    Map<String, long[]> sums = new HashMap<>();
    int voice = org.netnps.core.domain.Service.VOICE.ordinal();
    for (int s = 0; s < scan.subscribers(); s++) {
      CustomerRecords.Row row = scan.customers().row(s);
      ExperienceAccumulator a = scan.profiles()[s];
      if (row == null || row.deviceModel() == null || s >= scan.seen().length || !scan.seen()[s]) {
        continue;
      }
      long[] t = sums.computeIfAbsent(row.deviceModel(), m -> new long[2]);
      for (int d = a.firstDay(); d <= a.lastDay(); d++) {
        float[] day = a.day(d);
        t[0] += (long) day[DayField.SESSIONS + voice];
        t[1] += (long) (day[DayField.REASON + PoorReason.CALL_FAILED.ordinal()]
            + day[DayField.REASON + PoorReason.CALL_DROPPED.ordinal()]);
      }
    }
    Map<String, DeviceDetector.DeviceCalls> out = new HashMap<>();
    sums.forEach((m, t) -> out.put(m, new DeviceDetector.DeviceCalls(t[0], t[1])));
    return out;
  }
}
