package org.netnps.core.twin;

/**
 * The network side of the twin: per cell and hour, sums of the PM counters diagnosis reads and of
 * the sessions the cell served (their poor share, radio and transport conditions). Adding and
 * merging are sums, so any split of the records gives the same table; figures are computed from
 * the sums on demand.
 */
public final class CellHours {
  /** The summed quantities of one cell-hour. */
  public enum Field {
    UNAVAILABLE_S, PRB_USED, PRB_AVAIL, PRB_TOT_SUM, PRB_TOT_N, INTERFERENCE_SUM, INTERFERENCE_N,
    HO_ATT, HO_SUCC, ERAB_ATT, ERAB_SUCC, RRC_ATT, RRC_SUCC, REL_ABNORMAL, REL_ACTIVE, THP_SUM, THP_N,
    SESSIONS, POOR, WEAK_RSRP, LOW_SINR, RTT_SUM, RTT_N, CALLS, CALLS_LOST
  }

  private static final int F = Field.values().length;
  private final int cells;
  private final HourAxis axis = new HourAxis();
  private final HourAxis.Resize resizer = this::resize;   // one callback, not one per session
  private float[] sums = new float[0];

  /** An empty table; it grows to the hours its records fall in. */
  public CellHours(int cells) {
    this.cells = cells;
  }

  public int cells() {
    return cells;
  }

  public int hours() {
    return axis.hours();
  }

  /** UTC start of hour index h (valid once a record was added). */
  public long hourStartMs(int h) {
    return axis.hourStartMs(h);
  }

  /** The hour index of an instant, or -1 outside the table. */
  public int hourOf(long epochMs) {
    return axis.hourOf(epochMs);
  }

  /** Adds v to a field of the cell-hour the instant falls in, growing the table to it. */
  public void add(int cell, long epochMs, Field field, double v) {
    if (cell < 0 || cell >= cells) {
      throw new IllegalArgumentException("cell index " + cell + " is not in [0, " + cells + ")");
    }
    int h = ensure(epochMs);
    sums[(cell * axis.hours() + h) * F + field.ordinal()] += (float) v;
  }

  /**
   * Where the fields of a cell-hour start, growing the table to the instant: for several adds to
   * one cell-hour with {@link #addAt}; valid until the next call that grows the table.
   */
  public int slot(int cell, long epochMs) {
    if (cell < 0 || cell >= cells) {
      throw new IllegalArgumentException("cell index " + cell + " is not in [0, " + cells + ")");
    }
    int h = ensure(epochMs);   // first: it may grow the axis
    return (cell * axis.hours() + h) * F;
  }

  /** Adds v to a field of the cell-hour at {@code slot}. */
  public void addAt(int slot, Field field, double v) {
    sums[slot + field.ordinal()] += (float) v;
  }

  private int ensure(long epochMs) {
    return axis.ensure(epochMs, resizer);
  }

  private void resize(int shift, int newHours) {
    float[] grown = new float[cells * newHours * F];
    int hours = axis.hours();
    for (int c = 0; c < cells && sums.length > 0; c++) {
      System.arraycopy(sums, c * hours * F, grown, (c * newHours + shift) * F, hours * F);
    }
    sums = grown;
  }

  public float get(int cell, int hour, Field field) {
    return sums[(cell * axis.hours() + hour) * F + field.ordinal()];
  }

  /** Adds another table of the same cells into this one. */
  public void merge(CellHours other) {
    if (other.cells != cells) {
      throw new IllegalArgumentException("cell-hour tables of " + cells + " and " + other.cells + " cells cannot merge");
    }
    for (int c = 0; c < cells; c++) {
      for (int h = 0; h < other.hours(); h++) {
        for (Field f : Field.values()) {
          float v = other.get(c, h, f);
          if (v != 0) {
            add(c, other.hourStartMs(h), f, v);
          }
        }
      }
    }
  }

  /** Cuts the table to the hours of a period (records outside it are dropped from the view). */
  public CellHours window(long fromMs, long toMs) {
    CellHours w = new CellHours(cells);
    w.ensure(fromMs);
    w.ensure(toMs - 1);
    for (int c = 0; c < cells; c++) {
      for (int h = 0; h < w.hours(); h++) {
        int mine = hourOf(w.hourStartMs(h));
        if (mine >= 0) {
          System.arraycopy(sums, (c * hours() + mine) * F, w.sums, (c * w.hours() + h) * F, F);
        }
      }
    }
    return w;
  }

  /** Mean DL PRB utilisation 0..1 of a cell-hour (used/available, else RRU.PrbTotDl), NaN without PM. */
  public double prbUtilisation(int cell, int h) {
    float avail = get(cell, h, Field.PRB_AVAIL);
    if (avail > 0) {
      return get(cell, h, Field.PRB_USED) / avail;
    }
    float n = get(cell, h, Field.PRB_TOT_N);
    return n > 0 ? get(cell, h, Field.PRB_TOT_SUM) / n / 100 : Double.NaN;
  }

  /**
   * Mean over the table's whole days (24-hour blocks from its first hour; a shorter table is one
   * day) of each day's highest hourly PRB utilisation: the busy-hour load a capacity planner ranks
   * cells by; NaN without PM.
   */
  public double busyHourPrbUtilisation(int cell) {
    double sum = 0;
    int n = 0;
    int days = Math.max(1, hours() / 24);
    for (int from = 0; from < days * 24; from += 24) {
      double busiest = Double.NaN;
      for (int h = from; h < Math.min(hours(), from + 24); h++) {
        double u = prbUtilisation(cell, h);
        busiest = Double.isNaN(busiest) || u > busiest ? u : busiest;
      }
      if (!Double.isNaN(busiest)) {
        sum += busiest;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /** Mean uplink interference (dBm per PRB), NaN without PM. */
  public double interferenceDbm(int cell, int h) {
    float n = get(cell, h, Field.INTERFERENCE_N);
    return n > 0 ? get(cell, h, Field.INTERFERENCE_SUM) / n : Double.NaN;
  }

  /** Handover execution success rate, NaN below {@code minAttempts}. */
  public double handoverSuccess(int cell, int h, double minAttempts) {
    float att = get(cell, h, Field.HO_ATT);
    return att >= minAttempts ? get(cell, h, Field.HO_SUCC) / att : Double.NaN;
  }

  /** Mean session RTT (ms), NaN below {@code minSessions}. */
  public double meanRttMs(int cell, int h, double minSessions) {
    float n = get(cell, h, Field.RTT_N);
    return n >= minSessions ? get(cell, h, Field.RTT_SUM) / n : Double.NaN;
  }
}
