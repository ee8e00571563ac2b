package org.netnps.core.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netnps.core.domain.ProblemCause;

/**
 * Device problems across places: a device model whose calls fail or drop at
 * {@link #RATIO} times the rate of all other devices or more, on enough calls to tell (a binomial
 * z-score of at least {@link #MIN_Z}); the window is the whole period.
 */
public final class DeviceDetector {
  static final double RATIO = 2;
  static final double MIN_Z = 4;
  static final long MIN_CALLS = 50;

  private DeviceDetector() {}

  /** Calls and lost calls (failed or dropped) of one device model. */
  public record DeviceCalls(long calls, long lost) {}

  public static List<Candidate> detect(Map<String, DeviceCalls> byModel, int hours) {
    long allCalls = byModel.values().stream().mapToLong(DeviceCalls::calls).sum();
    long allLost = byModel.values().stream().mapToLong(DeviceCalls::lost).sum();
    List<Candidate> out = new ArrayList<>();
    for (Map.Entry<String, DeviceCalls> e : byModel.entrySet()) {
      DeviceCalls d = e.getValue();
      long otherCalls = allCalls - d.calls();
      if (d.calls() < MIN_CALLS || otherCalls < MIN_CALLS) {
        continue;
      }
      double rate = (double) d.lost() / d.calls();
      double otherRate = (double) (allLost - d.lost()) / otherCalls;
      double z = (rate - otherRate) / Math.sqrt(Math.max(1e-12, otherRate * (1 - otherRate) / d.calls()));
      if (rate >= RATIO * otherRate && z >= MIN_Z) {
        out.add(new Candidate(ProblemCause.DEVICE, List.of(), e.getKey(), 0, hours, String.format(Locale.ROOT,
            "%s: %.1f%% of %d calls failed or dropped against %.1f%% on all other devices (%.1fx, z = %.1f)",
            e.getKey(), 100 * rate, d.calls(), 100 * otherRate, rate / otherRate, z), Math.min(0.99, 0.7 + z / 100)));
      }
    }
    return out;
  }
}
