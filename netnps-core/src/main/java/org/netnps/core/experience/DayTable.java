package org.netnps.core.experience;

import java.util.Arrays;

/**
 * Day counters ({@link DayField}) of many subscribers, numbered densely, in one block per UTC day
 * with a row per subscriber: adding a session touches its row and nothing else, where an
 * accumulator per subscriber costs a miss on the object and one on its array before the row.
 * Rows are folded into {@link ExperienceAccumulator}s after a pass ({@link #addTo}); the counts
 * are the same as adding each session to its subscriber's accumulator.
 */
public final class DayTable {
  private static final int NO_DAY = Integer.MIN_VALUE;
  private static final int FIRST_ROWS = 1024;
  private int firstDay = NO_DAY;
  private float[][] blocks = new float[0][];

  /** Adds a session of subscriber {@code sub}. */
  public void add(int sub, SessionEvent e, RadioExposure radio) {
    float[] block = block(ExperienceAccumulator.dayOf(e.startMs()), sub);
    DayField.add(block, sub * DayField.FIELDS, e, radio);
  }

  /** Adds subscriber {@code sub}'s days with sessions to an accumulator. */
  public void addTo(int sub, ExperienceAccumulator a) {
    int at = sub * DayField.FIELDS;
    for (int i = 0; i < blocks.length; i++) {
      float[] block = blocks[i];
      if (block != null && at < block.length && DayField.allServices(block, at, DayField.SESSIONS) > 0) {
        a.addDay(firstDay + i, block, at);
      }
    }
  }

  /** The block of a day, with room for subscriber {@code sub}'s row. */
  private float[] block(int day, int sub) {
    if (firstDay == NO_DAY) {
      firstDay = day;
    }
    if (day < firstDay) {
      float[][] grown = new float[blocks.length + firstDay - day][];
      System.arraycopy(blocks, 0, grown, firstDay - day, blocks.length);
      blocks = grown;
      firstDay = day;
    } else if (day - firstDay >= blocks.length) {
      blocks = Arrays.copyOf(blocks, day - firstDay + 1);
    }
    int i = day - firstDay;
    float[] block = blocks[i];
    int need = (sub + 1) * DayField.FIELDS;
    if (block == null || block.length < need) {
      int rows = Math.max(FIRST_ROWS, Math.max(sub + 1, block == null ? 0 : 2 * block.length / DayField.FIELDS));
      block = block == null ? new float[rows * DayField.FIELDS] : Arrays.copyOf(block, rows * DayField.FIELDS);
      blocks[i] = block;
    }
    return block;
  }
}
