package org.netnps.core.twin;

import java.util.ArrayList;
import java.util.List;
import org.netnps.core.domain.Service;
import org.netnps.core.grid.LongLongMap;

/**
 * The experience side of the twin: per H3 cell and hour, sums of the sessions there (poor ones by
 * service, RSRP, SINR, downlink throughput and volume), complaints filed there, and the serving
 * cell that carried most of them (Boyer-Moore majority vote: exact whenever one cell carried more
 * than half). Grids are dense indexes in order of first appearance; the table grows to the hours
 * its sessions fall in.
 */
public final class GridHours {
  /** The summed quantities of one grid-hour. */
  public enum Field {
    SESSIONS, POOR_WEB, POOR_VIDEO, POOR_VOICE, POOR_GAMING, POOR_OTHER, RSRP_SUM, RSRP_N, SINR_SUM, SINR_N,
    THP_SUM, THP_N, DL_MB, COMPLAINTS, VOTE_CELL, VOTE_COUNT
  }

  private static final int F = Field.values().length;
  private final HourAxis axis = new HourAxis();
  private final List<float[]> rows = new ArrayList<>();
  private final List<Long> grids = new ArrayList<>();
  private final LongLongMap index = new LongLongMap();
  private final HourAxis.Resize resizer = this::resize;   // one callback, not one per session
  private long lastGrid = 0;
  private int lastRow = -1;

  /** Adds a session at a grid (H3 index, not 0) and time; returns the grid's dense index. */
  public int add(long grid, long epochMs, Service service, boolean poor, double rsrpDbm, double sinrDb,
      double dlKbps, double dlBytes, int cell) {
    int row = row(grid);
    int h = axis.ensure(epochMs, resizer);
    float[] r = rows.get(row);
    int o = h * F;
    r[o + Field.SESSIONS.ordinal()]++;
    if (poor) {
      r[o + Field.POOR_WEB.ordinal() + service.ordinal()]++;
    }
    if (!Double.isNaN(rsrpDbm)) {
      r[o + Field.RSRP_SUM.ordinal()] += (float) rsrpDbm;
      r[o + Field.RSRP_N.ordinal()]++;
    }
    if (!Double.isNaN(sinrDb)) {
      r[o + Field.SINR_SUM.ordinal()] += (float) sinrDb;
      r[o + Field.SINR_N.ordinal()]++;
    }
    if (!Double.isNaN(dlKbps)) {
      r[o + Field.THP_SUM.ordinal()] += (float) dlKbps;
      r[o + Field.THP_N.ordinal()]++;
    }
    if (!Double.isNaN(dlBytes)) {
      r[o + Field.DL_MB.ordinal()] += (float) (dlBytes / 1e6);
    }
    int vote = o + Field.VOTE_CELL.ordinal();
    int count = o + Field.VOTE_COUNT.ordinal();
    if (r[count] == 0) {
      r[vote] = cell;
      r[count] = 1;
    } else if (r[vote] == cell) {
      r[count]++;
    } else {
      r[count]--;
    }
    return row;
  }

  /** Counts a customer complaint filed at a grid (complaints.csv with a position). */
  public void addComplaint(long grid, long epochMs) {
    int row = row(grid);
    int h = axis.ensure(epochMs, resizer);
    rows.get(row)[h * F + Field.COMPLAINTS.ordinal()]++;
  }

  /**
   * Adds another table into this one; returns, for each of its grid rows, the row here. The
   * majority votes merge as Boyer-Moore pairs do (same cell: counts add; else the larger count
   * keeps its cell, less the smaller), which still finds any cell with more than half the sessions.
   */
  public int[] merge(GridHours other) {
    int[] map = new int[other.grids()];
    int vote = Field.VOTE_CELL.ordinal();
    int count = Field.VOTE_COUNT.ordinal();
    for (int j = 0; j < other.grids(); j++) {
      map[j] = row(other.grid(j));
      float[] theirs = other.rows.get(j);
      for (int h = 0; h < other.hours(); h++) {
        int o = h * F;
        if (theirs[o + Field.SESSIONS.ordinal()] == 0 && theirs[o + Field.COMPLAINTS.ordinal()] == 0) {
          continue;
        }
        int mine = axis.ensure(other.hourStartMs(h), resizer) * F;
        float[] r = rows.get(map[j]);
        for (int f = 0; f < F; f++) {
          if (f != vote && f != count) {
            r[mine + f] += theirs[o + f];
          }
        }
        float c1 = r[mine + count];
        float c2 = theirs[o + count];
        if (c1 == 0 || r[mine + vote] == theirs[o + vote]) {
          r[mine + vote] = c1 == 0 ? theirs[o + vote] : r[mine + vote];
          r[mine + count] = c1 + c2;
        } else if (c2 > c1) {
          r[mine + vote] = theirs[o + vote];
          r[mine + count] = c2 - c1;
        } else {
          r[mine + count] = c1 - c2;
        }
      }
    }
    lastRow = -1;
    return map;
  }

  public int grids() {
    return grids.size();
  }

  public long grid(int row) {
    return grids.get(row);
  }

  /**
   * Reads the grid-hour row a session at {@code grid} and {@code epochMs} will add to, without
   * adding anything: a load whose only purpose is to bring the row into the cache some sessions
   * before it is written (0 when the grid or hour is not in the table yet).
   */
  public float touch(long grid, long epochMs) {
    int row = rowOf(grid);
    int h = axis.hourOf(epochMs);
    return row < 0 || h < 0 ? 0 : rows.get(row)[h * F];
  }

  /** The dense index of a grid, or -1. */
  public int rowOf(long grid) {
    long i = index.get(grid);
    return i == LongLongMap.ABSENT ? -1 : (int) i;
  }

  public int hours() {
    return axis.hours();
  }

  public long hourStartMs(int h) {
    return axis.hourStartMs(h);
  }

  /** The hour index of an instant, or -1 outside the table. */
  public int hourOf(long epochMs) {
    return axis.hourOf(epochMs);
  }

  public float get(int row, int hour, Field field) {
    return rows.get(row)[hour * F + field.ordinal()];
  }

  /** Poor sessions of all services in a grid-hour. */
  public float poor(int row, int hour) {
    float s = 0;
    for (int k = 0; k < Service.values().length; k++) {
      s += rows.get(row)[hour * F + Field.POOR_WEB.ordinal() + k];
    }
    return s;
  }

  /** The majority serving cell's dense index, or -1 when none carried more than the rest. */
  public int servingCell(int row, int hour) {
    return get(row, hour, Field.VOTE_COUNT) > 0 ? (int) get(row, hour, Field.VOTE_CELL) : -1;
  }

  private int row(long grid) {
    if (grid == lastGrid && lastRow >= 0) {
      return lastRow;
    }
    int i = rowOf(grid);
    if (i < 0) {
      i = grids.size();
      index.put(grid, i);
      grids.add(grid);
      rows.add(new float[axis.hours() * F]);
    }
    lastGrid = grid;
    lastRow = i;
    return i;
  }

  private void resize(int shift, int newHours) {
    for (int i = 0; i < rows.size(); i++) {
      float[] grown = new float[newHours * F];
      float[] old = rows.get(i);
      System.arraycopy(old, 0, grown, shift * F, old.length);
      rows.set(i, grown);
    }
  }

  /** Sums of one grid over all hours (meaningless for the vote fields). */
  public float total(int row, Field field) {
    float s = 0;
    float[] r = rows.get(row);
    for (int h = 0; h < axis.hours(); h++) {
      s += r[h * F + field.ordinal()];
    }
    return s;
  }
}
