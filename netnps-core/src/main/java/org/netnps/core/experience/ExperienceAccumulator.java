package org.netnps.core.experience;

import java.util.Arrays;

/**
 * One subscriber's experience in day buckets (UTC days) of {@link DayField} counters, plus where
 * it happened (H3 grids and cells with their session counts). Adding and merging are sums, so
 * any split of the sessions gives the same accumulator; a window of days is summed on demand,
 * which gives features as of any day without looking past it.
 */
public final class ExperienceAccumulator {
  private static final int NO_DAY = Integer.MIN_VALUE;
  private int firstDay = NO_DAY;
  private float[] days = new float[0];
  private final Places grids = new Places();
  private final Places cells = new Places();

  public static int dayOf(long epochMs) {
    return (int) Math.floorDiv(epochMs, 86_400_000L);
  }

  /** Adds a session; radio exposure counts seconds below the given RSRP and SINR. */
  public void add(ScoredSession e, RadioExposure radio) {
    int o = offset(dayOf(e.startMs()));   // first: it may grow the array
    DayField.add(days, o, e, radio);
    if (e.grid() != 0) {
      grids.add(e.grid(), e.poor());
    }
    if (e.cell() >= 0) {
      cells.add(e.cell(), e.poor());
    }
  }

  /** Adds one day's counters, {@code from[at .. at + FIELDS)}, to that day. */
  public void addDay(int epochDay, float[] from, int at) {
    int o = offset(epochDay);
    for (int f = 0; f < DayField.FIELDS; f++) {
      days[o + f] += from[at + f];
    }
  }

  /** Adds another accumulator's places (not its days) into this one's. */
  public void mergePlaces(ExperienceAccumulator other) {
    grids.merge(other.grids);
    cells.merge(other.cells);
  }

  public void addComplaint(long atMs, boolean network) {
    int o = offset(dayOf(atMs));
    days[o + (network ? DayField.COMPLAINTS_NETWORK : DayField.COMPLAINTS_OTHER)]++;
  }

  /** Adds another accumulator's counts into this one. */
  public void merge(ExperienceAccumulator other) {
    if (other.firstDay == NO_DAY) {
      return;
    }
    int n = other.days.length / DayField.FIELDS;
    offset(other.firstDay);
    offset(other.firstDay + n - 1);
    int shift = (other.firstDay - firstDay) * DayField.FIELDS;
    for (int i = 0; i < other.days.length; i++) {
      days[shift + i] += other.days[i];
    }
    grids.merge(other.grids);
    cells.merge(other.cells);
  }

  public int firstDay() {
    return firstDay;
  }

  public int lastDay() {
    return firstDay + days.length / DayField.FIELDS - 1;
  }

  /** The counters of one day (a copy; zeros outside the kept days). */
  public float[] day(int epochDay) {
    float[] out = new float[DayField.FIELDS];
    int i = epochDay - firstDay;
    if (firstDay != NO_DAY && i >= 0 && i < days.length / DayField.FIELDS) {
      System.arraycopy(days, i * DayField.FIELDS, out, 0, DayField.FIELDS);
    }
    return out;
  }

  /** Sessions of all services on one day (0 outside the kept days), without copying the day. */
  public float sessions(int epochDay) {
    int i = epochDay - firstDay;
    if (firstDay == NO_DAY || i < 0 || i >= days.length / DayField.FIELDS) {
      return 0;
    }
    return DayField.allServices(days, i * DayField.FIELDS, DayField.SESSIONS);
  }

  /** The day counters from {@code fromDay} (inclusive) to {@code toDay} (exclusive), one row per day. */
  public float[][] window(int fromDay, int toDay) {
    float[][] out = new float[Math.max(0, toDay - fromDay)][];
    for (int d = fromDay; d < toDay; d++) {
      out[d - fromDay] = day(d);
    }
    return out;
  }

  public Places grids() {
    return grids;
  }

  public Places cells() {
    return cells;
  }

  private int offset(int day) {
    if (firstDay == NO_DAY) {
      firstDay = day;
      days = new float[DayField.FIELDS];
      return 0;
    }
    int n = days.length / DayField.FIELDS;
    if (day < firstDay) {
      float[] grown = new float[(n + firstDay - day) * DayField.FIELDS];
      System.arraycopy(days, 0, grown, (firstDay - day) * DayField.FIELDS, days.length);
      days = grown;
      firstDay = day;
    } else if (day >= firstDay + n) {
      days = Arrays.copyOf(days, (day - firstDay + 1) * DayField.FIELDS);
    }
    return (day - firstDay) * DayField.FIELDS;
  }
}
