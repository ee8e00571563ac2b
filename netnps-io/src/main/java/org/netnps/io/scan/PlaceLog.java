package org.netnps.io.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.netnps.core.UserException;
import org.netnps.core.experience.ExperienceAccumulator;
import org.netnps.core.experience.Places;
import org.netnps.core.twin.GridHours;

/**
 * Where each session of a shard happened (subscriber, grid-hour table row, serving cell, poor or
 * not), appended in blocks as sessions come, and counted into the subscribers' places once after
 * the pass ({@link #countInto}). Counting a session into its subscriber's places as it comes
 * costs a cache miss or two on that subscriber's place index, and its growth churns the heap; here
 * a session costs a sequential write, and the places of one subscriber are built together, from
 * sessions gathered by subscriber, while that subscriber's places are in cache. The counts are
 * the same: places are sums.
 */
final class PlaceLog {
  /**
   * Sessions a shard logs before it counts them into its subscribers' places (96 MB of log, 64 MB
   * to gather it), so that memory follows the places, not the sessions of a long period.
   */
  static final long FLUSH_SESSIONS = 1L << 23;
  private static final int BLOCK = 1 << 16;
  private static final int SUBSCRIBERS_PER_TASK = 4096;
  private static final long NO_GRID = 0xFFFF_FFFFL;
  private final List<int[]> subscribers = new ArrayList<>();
  private final List<long[]> places = new ArrayList<>();
  private int[] subs;
  private long[] where;
  private int inBlock = BLOCK;
  private long size;

  /** A session of local subscriber {@code sub} at grid-hour row {@code gridRow} (-1: none) and cell {@code cell}. */
  void add(int sub, int gridRow, int cell, boolean poor) {
    if (inBlock == BLOCK) {
      subs = new int[BLOCK];
      where = new long[BLOCK];
      subscribers.add(subs);
      places.add(where);
      inBlock = 0;
    }
    subs[inBlock] = sub;
    where[inBlock] = pack(gridRow < 0 ? NO_GRID : gridRow, cell, poor);
    inBlock++;
    size++;
  }

  long size() {
    return size;
  }

  /**
   * Counts the sessions of several logs into the profiles: log k's subscribers are translated
   * through {@code global[k]} and its grid rows through {@code gridRows[k]} into rows of
   * {@code grids}, whose H3 indexes key the grid places; cells key the cell places. The logs are
   * emptied.
   */
  static void countInto(List<PlaceLog> logs, int[][] global, int[][] gridRows, GridHours grids,
      ExperienceAccumulator[] profiles) {
    long total = logs.stream().mapToLong(PlaceLog::size).sum();
    if (total > Integer.MAX_VALUE - 8) {
      throw new UserException(total + " sessions in one analysis: at most " + (Integer.MAX_VALUE - 8)
          + " fit one pass; split the dataset into shorter periods or fewer subscribers");
    }
    int[][] next = new int[logs.size()][];   // per log: where its next session of each subscriber goes
    IntStream.range(0, logs.size()).parallel().forEach(k -> {
      int[] g = global[k];
      int[] counts = new int[profiles.length];
      logs.get(k).forEach((sub, packed) -> counts[g[sub]]++);
      next[k] = counts;
    });
    int[] start = new int[profiles.length + 1];
    for (int s = 0; s < profiles.length; s++) {   // a subscriber's sessions: log 0's, then log 1's, ...
      int at = start[s];
      for (int[] n : next) {
        int count = n[s];
        n[s] = at;
        at += count;
      }
      start[s + 1] = at;
    }
    long[] bySubscriber = new long[(int) total];
    IntStream.range(0, logs.size()).parallel().forEach(k -> {   // logs apart: their slots are apart
      int[] rows = gridRows[k];
      int[] g = global[k];
      int[] n = next[k];
      logs.get(k).drain((sub, packed) -> {
        long row = gridRow(packed);
        bySubscriber[n[g[sub]]++] = pack(row == NO_GRID ? NO_GRID : rows[(int) row], cell(packed), poor(packed));
      });
    });
    int blocks = (profiles.length + SUBSCRIBERS_PER_TASK - 1) / SUBSCRIBERS_PER_TASK;
    IntStream.range(0, blocks).parallel().forEach(k -> {   // subscribers apart: their places are apart
      int to = Math.min(profiles.length, (k + 1) * SUBSCRIBERS_PER_TASK);
      Places gridScratch = new Places();
      Places cellScratch = new Places();
      for (int s = k * SUBSCRIBERS_PER_TASK; s < to; s++) {
        count(bySubscriber, start[s], start[s + 1], grids, gridScratch, cellScratch);
        profiles[s].grids().merge(gridScratch);
        profiles[s].cells().merge(cellScratch);
      }
    });
  }

  /**
   * Counts one subscriber's sessions into scratch places, emptied first: a subscriber's places
   * then grow once, to their size, instead of doubling as keys come.
   */
  private static void count(long[] bySubscriber, int from, int to, GridHours grids, Places gridPlaces,
      Places cellPlaces) {
    gridPlaces.clear();
    cellPlaces.clear();
    for (int i = from; i < to; i++) {
      long packed = bySubscriber[i];
      long row = gridRow(packed);
      if (row != NO_GRID) {
        gridPlaces.add(grids.grid((int) row), poor(packed));
      }
      if (cell(packed) >= 0) {
        cellPlaces.add(cell(packed), poor(packed));
      }
    }
  }

  private interface Entry {
    void accept(int sub, long packed);
  }

  private void forEach(Entry e) {
    for (int b = 0; b < subscribers.size(); b++) {
      visit(b, e);
    }
  }

  /** Visits every entry and empties the log, each block let go once visited. */
  private void drain(Entry e) {
    for (int b = 0; b < subscribers.size(); b++) {
      visit(b, e);
      subscribers.set(b, null);
      places.set(b, null);
    }
    subscribers.clear();
    places.clear();
    inBlock = BLOCK;
    size = 0;
  }

  private void visit(int block, Entry e) {
    int[] s = subscribers.get(block);
    long[] w = places.get(block);
    int n = block == subscribers.size() - 1 ? inBlock : BLOCK;
    for (int i = 0; i < n; i++) {
      e.accept(s[i], w[i]);
    }
  }

  /** Grid row in the high 32 bits, cell + 1 (0: none) in the next 31, poor in the lowest bit. */
  private static long pack(long gridRow, int cell, boolean poor) {
    return gridRow << 32 | (long) (cell + 1) << 1 | (poor ? 1 : 0);
  }

  private static long gridRow(long packed) {
    return packed >>> 32;
  }

  private static int cell(long packed) {
    return (int) ((packed & 0xFFFF_FFFFL) >>> 1) - 1;
  }

  private static boolean poor(long packed) {
    return (packed & 1) != 0;
  }
}
