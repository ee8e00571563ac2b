package org.netnps.core.experience;

import java.util.Arrays;

/**
 * Day counters ({@link DayField}) of many subscribers, numbered densely, with a row per subscriber
 * and UTC day: adding a session touches its row and nothing else, where an accumulator per
 * subscriber costs a miss on the object and one on its array before the row. Rows live in pages
 * of {@link #PAGE_ROWS} subscribers per day, allocated once each: nothing is copied as
 * subscribers come, and no array is large enough for the collector to treat it apart. Rows are
 * folded into {@link ExperienceAccumulator}s after a pass ({@link #addTo}); the counts are the
 * same as adding each session to its subscriber's accumulator.
 */
public final class DayTable {
  static final int PAGE_BITS = 10;
  static final int PAGE_ROWS = 1 << PAGE_BITS;
  private static final int NO_DAY = Integer.MIN_VALUE;
  /** Floats in a 64-byte cache line. */
  private static final int LINE_FLOATS = 16;
  private int firstDay = NO_DAY;
  private float[][][] days = new float[0][][];   // day, page of subscribers, row

  /** Adds a session of subscriber {@code sub}. */
  public void add(int sub, ScoredSession e, RadioExposure radio) {
    float[] page = page(ExperienceAccumulator.dayOf(e.startMs()), sub >>> PAGE_BITS);
    DayField.add(page, (sub & (PAGE_ROWS - 1)) * DayField.FIELDS, e, radio);
  }

  /**
   * Reads the row a session of subscriber {@code sub} at {@code startMs} would be added to (a
   * line of each of the parts an ordinary session writes), without allocating: a load whose only
   * purpose is to bring the row into the cache some rows before it is written.
   */
  public float touch(int sub, long startMs) {
    int i = ExperienceAccumulator.dayOf(startMs) - firstDay;
    if (firstDay == NO_DAY || i < 0 || i >= days.length || days[i] == null) {
      return 0;
    }
    float[][] pages = days[i];
    int p = sub >>> PAGE_BITS;
    float[] page = p < pages.length ? pages[p] : null;
    if (page == null) {
      return 0;
    }
    int o = (sub & (PAGE_ROWS - 1)) * DayField.FIELDS;
    return page[o] + page[o + LINE_FLOATS] + page[o + 2 * LINE_FLOATS];
  }

  /** Adds subscriber {@code sub}'s days with sessions to an accumulator. */
  public void addTo(int sub, ExperienceAccumulator a) {
    int p = sub >>> PAGE_BITS;
    int at = (sub & (PAGE_ROWS - 1)) * DayField.FIELDS;
    for (int i = 0; i < days.length; i++) {
      float[][] pages = days[i];
      float[] page = pages != null && p < pages.length ? pages[p] : null;
      if (page != null && DayField.allServices(page, at, DayField.SESSIONS) > 0) {
        a.addDay(firstDay + i, page, at);
      }
    }
  }

  /** Page {@code p} of a day, allocated on first use. */
  private float[] page(int day, int p) {
    if (firstDay == NO_DAY) {
      firstDay = day;
    }
    if (day < firstDay) {
      float[][][] grown = new float[days.length + firstDay - day][][];
      System.arraycopy(days, 0, grown, firstDay - day, days.length);
      days = grown;
      firstDay = day;
    } else if (day - firstDay >= days.length) {
      days = Arrays.copyOf(days, day - firstDay + 1);
    }
    int i = day - firstDay;
    float[][] pages = days[i];
    if (pages == null || p >= pages.length) {
      pages = pages == null ? new float[Math.max(16, p + 1)][] : Arrays.copyOf(pages, Math.max(p + 1, 2 * pages.length));
      days[i] = pages;
    }
    float[] page = pages[p];
    if (page == null) {
      page = new float[PAGE_ROWS * DayField.FIELDS];
      pages[p] = page;
    }
    return page;
  }
}
