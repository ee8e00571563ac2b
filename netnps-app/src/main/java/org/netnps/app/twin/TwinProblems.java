package org.netnps.app.twin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.netnps.app.analyze.Diagnosis;
import org.netnps.core.diagnosis.ProblemDurations;
import org.netnps.core.domain.ProblemCause;
import org.netnps.core.twin.CellHours;
import org.netnps.io.scan.CellInfo;
import org.netnps.io.scan.ScanResult;
import org.netnps.sim.network.Cell;
import org.netnps.sim.network.Network;
import org.netnps.sim.population.Device;
import org.netnps.sim.problem.Problem;
import org.netnps.sim.problem.ProblemType;

/**
 * The diagnosed problems still going on at the end of the data, as SRCON problems from the start
 * of the twin run's burn-in until they are expected to end by themselves (the Kaplan-Meier
 * estimate of their cause's durations in the data, {@link ProblemDurations}; at most the run's
 * end), with magnitudes measured in the data against the cell's own baseline (its median
 * hour): a fault becomes an outage of its cell (or site), interference a noise rise of the measured
 * dB, a transport problem the measured added RTT, a mobility problem the measured handover failure
 * rate, a device problem a failure multiplier. Coverage and congestion are not injected: the
 * configuration snapshot already carries a wrong tilt, and load comes from the demand.
 */
final class TwinProblems {
  /** Failure multiplier of a device defect: the data gives no direct measure of it (docs/twin.md). */
  static final double DEVICE_FAILURE_MULTIPLIER = 3;

  private TwinProblems() {}

  /**
   * @param from the start of the twin run (its burn-in included)
   * @param now the first day after the data, from which the twin's days are valued
   * @param end the end of the twin run
   */
  static List<Problem> from(List<Diagnosis.Finding> findings, ScanResult scan, Network network, long from, long now,
      long end) {
    CellHours t = scan.cellHours();
    Map<ProblemCause, ProblemDurations> durations = durations(findings, scan.periodEndMs());
    List<Problem> out = new ArrayList<>();
    for (Diagnosis.Finding f : findings) {
      if (!f.ongoing(scan.periodEndMs())) {
        continue;
      }
      double age = scan.periodEndMs() - f.startMs();
      long to = now + (long) durations.get(f.candidate().cause()).expectedRemaining(age, end - now);
      if (to <= now) {
        continue;
      }
      List<Integer> cells = f.candidate().cells();
      String id = "T" + f.id();
      switch (f.candidate().cause()) {
        case FAULT -> {
          for (int c : cells) {
            out.add(onCell(id, ProblemType.CELL_OUTAGE, scan, network, c, from, to, 0));
          }
        }
        case INTERFERENCE -> {
          int c = cells.get(0);
          double rise = rise(t, f.startMs(), f.endMs(), h -> t.interferenceDbm(c, h));
          out.add(onCell(id, ProblemType.EXTERNAL_INTERFERENCE, scan, network, c, from, to,
              Double.isNaN(rise) ? 10 : Math.max(3, rise)));
        }
        case TRANSPORT -> {
          int c = cells.get(0);
          double added = rise(t, f.startMs(), f.endMs(), h -> t.meanRttMs(c, h, 5));
          Cell cell = network.cell(scan.cells().get(c).cellId());
          out.add(new Problem(id, ProblemType.TRANSPORT_CONGESTION, List.of(), cell.site.id(), null, cell.site.x(),
              cell.site.y(), from, to, Double.isNaN(added) ? 50 : Math.max(10, added)));
        }
        case MOBILITY -> {
          int c = cells.get(0);
          double drop = rise(t, f.startMs(), f.endMs(), h -> 1 - t.handoverSuccess(c, h, 20));
          out.add(onCell(id, ProblemType.HANDOVER_FAILURE, scan, network, c, from, to,
              Double.isNaN(drop) ? 0.2 : Math.min(0.9, Math.max(0.05, drop))));
        }
        case DEVICE -> {
          String model = f.candidate().deviceModel();
          if (Arrays.stream(Device.CATALOGUE).anyMatch(d -> d.model().equals(model))) {
            out.add(new Problem(id, ProblemType.DEVICE_DEFECT, List.of(), null, model, Double.NaN, Double.NaN, from, to,
                DEVICE_FAILURE_MULTIPLIER));
          }
        }
        default -> { }
      }
    }
    return out;
  }

  /**
   * Each cause's durations from every finding of that cause: an ended one lasted its window, one
   * still going on is censored at its age at the end of the data.
   */
  static Map<ProblemCause, ProblemDurations> durations(List<Diagnosis.Finding> findings, long dataEndMs) {
    Map<ProblemCause, List<Diagnosis.Finding>> byCause = new EnumMap<>(ProblemCause.class);
    for (Diagnosis.Finding f : findings) {
      byCause.computeIfAbsent(f.candidate().cause(), k -> new ArrayList<>()).add(f);
    }
    Map<ProblemCause, ProblemDurations> out = new EnumMap<>(ProblemCause.class);
    byCause.forEach((cause, list) -> out.put(cause, ProblemDurations.ofWindows(
        list.stream().mapToDouble(Diagnosis.Finding::startMs).toArray(),
        list.stream().mapToDouble(Diagnosis.Finding::endMs).toArray(), dataEndMs, Diagnosis.Finding.ONGOING_MS)));
    return out;
  }

  private static Problem onCell(String id, ProblemType type, ScanResult scan, Network network, int c, long from,
      long to, double magnitude) {
    CellInfo info = scan.cells().get(c);
    Cell cell = network.cell(info.cellId());
    return new Problem(id, type, List.of(cell.id), null, null, cell.site.x(), cell.site.y(), from, to, magnitude);
  }

  /** Mean of a cell measure over [fromMs, toMs) minus its median over all hours; NaN without data. */
  static double rise(CellHours t, long fromMs, long toMs, IntToDoubleFunction measure) {
    List<Double> all = new ArrayList<>();
    double sum = 0;
    int n = 0;
    int first = Math.max(0, t.hourOf(fromMs));
    int last = t.hourOf(toMs) < 0 ? t.hours() : t.hourOf(toMs);
    for (int h = 0; h < t.hours(); h++) {
      double v = measure.applyAsDouble(h);
      if (Double.isNaN(v)) {
        continue;
      }
      all.add(v);
      if (h >= first && h < last) {
        sum += v;
        n++;
      }
    }
    if (n == 0 || all.isEmpty()) {
      return Double.NaN;
    }
    all.sort(null);
    return sum / n - all.get(all.size() / 2);
  }
}
