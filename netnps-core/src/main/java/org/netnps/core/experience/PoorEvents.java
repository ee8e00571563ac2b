package org.netnps.core.experience;

import java.util.Arrays;
import java.util.Comparator;
import org.netnps.core.qoe.PoorReason;

/**
 * Every poor-QoE session, in columns: who, when, which reason, which cell (dense code) and
 * grid. Reasons and the counterfactuals of the diagnosis are computed from these rows.
 */
public final class PoorEvents {
  /** Runs of events with the same start up to this length are put in order without boxing. */
  private static final int SHORT_RUN = 64;
  private int[] subscriber = new int[1024];
  private long[] startMs = new long[1024];
  private byte[] reason = new byte[1024];
  private int[] cell = new int[1024];
  private long[] grid = new long[1024];
  private float[] mos = new float[1024];
  private float[] stallS = new float[1024];
  private int size;

  public void add(int subscriberIndex, ScoredSession e) {
    ensure(size + 1);
    subscriber[size] = subscriberIndex;
    startMs[size] = e.startMs();
    reason[size] = (byte) e.poorReason().ordinal();
    cell[size] = e.cell();
    grid[size] = e.grid();
    mos[size] = (float) e.mos();
    stallS[size] = Double.isNaN(e.stallMs()) ? 0f : (float) (e.stallMs() / 1000);
    size++;
  }

  /** Appends another table's events, its subscriber indexes translated through {@code subscriberMap}. */
  public void addAll(PoorEvents other, int[] subscriberMap) {
    ensure(size + other.size);
    for (int j = 0; j < other.size; j++) {
      subscriber[size + j] = subscriberMap[other.subscriber[j]];
    }
    System.arraycopy(other.startMs, 0, startMs, size, other.size);
    System.arraycopy(other.reason, 0, reason, size, other.size);
    System.arraycopy(other.cell, 0, cell, size, other.size);
    System.arraycopy(other.grid, 0, grid, size, other.size);
    System.arraycopy(other.mos, 0, mos, size, other.size);
    System.arraycopy(other.stallS, 0, stallS, size, other.size);
    size += other.size;
  }

  /**
   * Orders the events by start time, then subscriber, cell and reason: one order however the
   * sessions were read (several threads, files in any order).
   */
  public void sortByTime() {
    int[] order = timeOrder();
    int[] sub = new int[subscriber.length];
    long[] start = new long[startMs.length];
    byte[] why = new byte[reason.length];
    int[] where = new int[cell.length];
    long[] grids = new long[grid.length];
    float[] score = new float[mos.length];
    float[] stall = new float[stallS.length];
    for (int i = 0; i < size; i++) {
      int j = order[i];
      sub[i] = subscriber[j];
      start[i] = startMs[j];
      why[i] = reason[j];
      where[i] = cell[j];
      grids[i] = grid[j];
      score[i] = mos[j];
      stall[i] = stallS[j];
    }
    subscriber = sub;
    startMs = start;
    reason = why;
    cell = where;
    grid = grids;
    mos = score;
    stallS = stall;
  }

  /**
   * Row numbers in time order: a primitive sort of (start - first start) << 23 | row when that
   * fits (under 8.4 M events spanning under 34 years), then rows with the same start put in order
   * of subscriber, cell and reason (short runs by an insertion sort of packed keys: the 10M-row
   * benchmark's starts are whole seconds, about 116 sessions to each); a general sort otherwise.
   */
  private int[] timeOrder() {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (int i = 0; i < size; i++) {
      first = Math.min(first, startMs[i]);
      last = Math.max(last, startMs[i]);
    }
    Comparator<Integer> byContent = (a, b) -> {
      int c = Long.compare(startMs[a], startMs[b]);
      c = c != 0 ? c : Integer.compare(subscriber[a], subscriber[b]);
      c = c != 0 ? c : Integer.compare(cell[a], cell[b]);
      return c != 0 ? c : Byte.compare(reason[a], reason[b]);
    };
    int[] order = new int[size];
    if (size >= 1 << 23 || size > 0 && last - first >= 1L << 40) {
      Integer[] boxed = new Integer[size];
      Arrays.setAll(boxed, i -> i);
      Arrays.sort(boxed, byContent);
      Arrays.setAll(order, i -> boxed[i]);
      return order;
    }
    long[] packed = new long[size];
    for (int i = 0; i < size; i++) {
      packed[i] = ((startMs[i] - first) << 23) | i;
    }
    Arrays.sort(packed);
    for (int i = 0; i < size; i++) {
      order[i] = (int) (packed[i] & ((1 << 23) - 1));
    }
    long[] content = contentKeys();
    for (int i = 0; i < size; ) {   // ties on the start: by content, whatever order the rows came in
      int j = i + 1;
      while (j < size && startMs[order[j]] == startMs[order[i]]) {
        j++;
      }
      if (j - i > 1) {
        if (content != null && j - i <= SHORT_RUN) {
          insertionSort(order, i, j, content);
        } else {
          Integer[] run = new Integer[j - i];
          for (int k = i; k < j; k++) {
            run[k - i] = order[k];
          }
          Arrays.sort(run, byContent);
          for (int k = i; k < j; k++) {
            order[k] = run[k - i];
          }
        }
      }
      i = j;
    }
    return order;
  }

  /**
   * Subscriber, cell and reason of each event packed in one long that orders as the three do, or
   * null when a value does not fit (a negative subscriber or cell, a cell code of 2^24 or more).
   */
  private long[] contentKeys() {
    long[] key = new long[size];
    for (int i = 0; i < size; i++) {
      if (subscriber[i] < 0 || cell[i] < 0 || cell[i] >= 1 << 24 || reason[i] < 0) {
        return null;
      }
      key[i] = ((long) subscriber[i] << 32) | ((long) cell[i] << 8) | reason[i];
    }
    return key;
  }

  /** Sorts order[from, to) by key, keeping the order of equal keys (as the general sort does). */
  private static void insertionSort(int[] order, int from, int to, long[] key) {
    for (int i = from + 1; i < to; i++) {
      int row = order[i];
      int k = i - 1;
      while (k >= from && key[order[k]] > key[row]) {
        order[k + 1] = order[k];
        k--;
      }
      order[k + 1] = row;
    }
  }

  private void ensure(int capacity) {
    if (capacity > subscriber.length) {
      int n = Math.max(capacity, subscriber.length * 2);
      subscriber = Arrays.copyOf(subscriber, n);
      startMs = Arrays.copyOf(startMs, n);
      reason = Arrays.copyOf(reason, n);
      cell = Arrays.copyOf(cell, n);
      grid = Arrays.copyOf(grid, n);
      mos = Arrays.copyOf(mos, n);
      stallS = Arrays.copyOf(stallS, n);
    }
  }

  public int size() {
    return size;
  }

  public int subscriber(int i) {
    return subscriber[i];
  }

  public long startMs(int i) {
    return startMs[i];
  }

  public PoorReason reason(int i) {
    return PoorReason.values()[reason[i]];
  }

  public int cell(int i) {
    return cell[i];
  }

  public long grid(int i) {
    return grid[i];
  }

  /** The session's MOS (NaN when it had none). */
  public float mos(int i) {
    return mos[i];
  }

  public float stallS(int i) {
    return stallS[i];
  }

  /** Row numbers grouped by subscriber: {@code index[start[s]..start[s+1])} are s's events. */
  public int[][] bySubscriber(int subscribers) {
    int[] start = new int[subscribers + 1];
    for (int i = 0; i < size; i++) {
      start[subscriber[i] + 1]++;
    }
    for (int s = 0; s < subscribers; s++) {
      start[s + 1] += start[s];
    }
    int[] index = new int[size];
    int[] fill = Arrays.copyOf(start, subscribers);
    for (int i = 0; i < size; i++) {
      index[fill[subscriber[i]]++] = i;
    }
    return new int[][] {start, index};
  }
}
