package org.netnps.core.experience;

import org.netnps.core.qoe.PoorReason;

/**
 * Counterfactual edits of a window of day counters, for "what if these poor events had not
 * happened": a removed poor session becomes an ordinary session of its service (it keeps its
 * traffic, its MOS becomes the service's reference MOS).
 */
public final class WindowEdit {
  /** MOS histogram bins below 3 (0..2) and the bin a repaired session lands in (3.5-4). */
  private static final int LAST_LOW_BIN = 2;
  private static final int REPAIRED_BIN = 4;

  private WindowEdit() {}

  /**
   * Removes poor event {@code i} of {@code events} from a window that starts on {@code fromDay};
   * events outside the window are ignored.
   */
  public static void removePoor(float[][] window, int fromDay, PoorEvents events, int i, float[] referenceMos) {
    int d = ExperienceAccumulator.dayOf(events.startMs(i)) - fromDay;
    if (d < 0 || d >= window.length) {
      return;
    }
    float[] day = window[d];
    PoorReason r = events.reason(i);
    int s = r.service().ordinal();
    day[DayField.POOR + s] = Math.max(0, day[DayField.POOR + s] - 1);
    day[DayField.REASON + r.ordinal()] = Math.max(0, day[DayField.REASON + r.ordinal()] - 1);
    day[DayField.STALL_S] = Math.max(0, day[DayField.STALL_S] - events.stallS(i));
    float mos = events.mos(i);
    double deficit = DayField.deficit(mos, r);
    day[DayField.DEFICIT] = (float) Math.max(0, day[DayField.DEFICIT] - deficit + DayField.deficit(referenceMos[s], null));
    if (deficit >= DayField.SEVERE_DEFICIT) {
      day[DayField.SEVERE] = Math.max(0, day[DayField.SEVERE] - 1);
    }
    if (!Float.isNaN(mos)) {
      float ref = referenceMos[s];
      day[DayField.MOS_SUM + s] += ref - mos;
      int from = DayField.MOS_HIST + DayField.bin(DayField.MOS_EDGES, mos);
      day[from] = Math.max(0, day[from] - 1);
      day[DayField.MOS_HIST + DayField.bin(DayField.MOS_EDGES, ref)]++;
    }
  }

  /**
   * The window as if the network had served every session well: no poor events, no stalls, no
   * weak-coverage or low-SINR time, no network complaints, MOS never below the reference.
   */
  public static void networkClean(float[][] window, float[] referenceMos) {
    for (float[] day : window) {
      for (int s = 0; s < DayField.SERVICES; s++) {
        day[DayField.POOR + s] = 0;
        float n = day[DayField.MOS_N + s];
        day[DayField.MOS_SUM + s] = Math.max(day[DayField.MOS_SUM + s], n * referenceMos[s]);
      }
      for (int r = 0; r < PoorReason.values().length; r++) {
        day[DayField.REASON + r] = 0;
      }
      for (int b = 0; b <= LAST_LOW_BIN; b++) {
        day[DayField.MOS_HIST + REPAIRED_BIN] += day[DayField.MOS_HIST + b];
        day[DayField.MOS_HIST + b] = 0;
      }
      day[DayField.STALL_S] = 0;
      day[DayField.WEAK_RSRP_S] = 0;
      day[DayField.LOW_SINR_S] = 0;
      day[DayField.COMPLAINTS_NETWORK] = 0;
      day[DayField.SEVERE] = 0;
      day[DayField.DEFICIT] = 0;
    }
  }
}
