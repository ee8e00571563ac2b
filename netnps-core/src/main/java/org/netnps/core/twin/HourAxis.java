package org.netnps.core.twin;

/**
 * The hours a twin table covers: UTC hours from the first one kept, growing in either direction to
 * take a record; the table moves its data when told how.
 */
final class HourAxis {
  private static final long NONE = Long.MIN_VALUE;
  private long firstHour = NONE;
  private int hours;

  /** How a table moves its data to a new axis: old hour h becomes h + shift of newHours. */
  interface Resize {
    void to(int shift, int newHours);
  }

  int hours() {
    return hours;
  }

  long hourStartMs(int h) {
    return (firstHour + h) * 3_600_000L;
  }

  /** The hour index of an instant, or -1 outside the axis. */
  int hourOf(long epochMs) {
    if (firstHour == NONE) {
      return -1;
    }
    long h = Math.floorDiv(epochMs, 3_600_000L) - firstHour;
    return h < 0 || h >= hours ? -1 : (int) h;
  }

  /** The index of the instant's hour, growing the axis (and the table through resize) to it. */
  int ensure(long epochMs, Resize resize) {
    long hour = Math.floorDiv(epochMs, 3_600_000L);
    if (firstHour == NONE) {
      move(hour, 24, resize);
    } else if (hour < firstHour) {
      move(hour, (int) (firstHour - hour) + hours, resize);
    } else if (hour >= firstHour + hours) {
      move(firstHour, Math.max((int) (hour - firstHour) + 1, hours + hours / 2 + 24), resize);
    }
    return (int) (hour - firstHour);
  }

  private void move(long newFirst, int newHours, Resize resize) {
    int shift = firstHour == NONE ? 0 : (int) (firstHour - newFirst);
    resize.to(shift, newHours);
    firstHour = newFirst;
    hours = newHours;
  }
}
