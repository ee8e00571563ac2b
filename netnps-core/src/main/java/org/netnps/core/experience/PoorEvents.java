package org.netnps.core.experience;

import java.util.Arrays;
import org.netnps.core.qoe.PoorReason;

/**
 * Every poor-QoE session, in columns: who, when, which reason, which cell (dense code) and
 * grid. Reasons and the counterfactuals of the diagnosis are computed from these rows.
 */
public final class PoorEvents {
  private int[] subscriber = new int[1024];
  private long[] startMs = new long[1024];
  private byte[] reason = new byte[1024];
  private int[] cell = new int[1024];
  private long[] grid = new long[1024];
  private float[] mos = new float[1024];
  private float[] stallS = new float[1024];
  private int size;

  public void add(int subscriberIndex, SessionEvent e) {
    if (size == subscriber.length) {
      int n = size * 2;
      subscriber = Arrays.copyOf(subscriber, n);
      startMs = Arrays.copyOf(startMs, n);
      reason = Arrays.copyOf(reason, n);
      cell = Arrays.copyOf(cell, n);
      grid = Arrays.copyOf(grid, n);
      mos = Arrays.copyOf(mos, n);
      stallS = Arrays.copyOf(stallS, n);
    }
    subscriber[size] = subscriberIndex;
    startMs[size] = e.startMs();
    reason[size] = (byte) e.poorReason().ordinal();
    cell[size] = e.cell();
    grid[size] = e.grid();
    mos[size] = (float) e.mos();
    stallS[size] = Double.isNaN(e.stallMs()) ? 0f : (float) (e.stallMs() / 1000);
    size++;
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
