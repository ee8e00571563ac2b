package org.netnps.core.experience;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netnps.core.domain.Service;
import org.netnps.core.qoe.PoorReason;

/**
 * Sessions counted in a day table (days in any order, subscribers beyond its first page) and
 * folded into accumulators give the accumulators that adding each session directly gives; rows
 * read ahead of their sessions are left as they are.
 */
class DayTableTest {
  private static final long DAY = 86_400_000L;
  private static final long T0 = 1_772_409_600_000L;

  @Test
  void foldedRowsEqualSessionsAddedOneByOne() {
    SplittableRandom r = new SplittableRandom(5);
    int subscribers = 3000;
    DayTable table = new DayTable();
    ExperienceAccumulator[] direct = new ExperienceAccumulator[subscribers];
    for (int s = 0; s < subscribers; s++) {
      direct[s] = new ExperienceAccumulator();
    }
    for (int i = 0; i < 40_000; i++) {
      int sub = r.nextInt(subscribers);
      long start = T0 + (r.nextInt(9) - 3) * DAY + r.nextInt(86_400) * 1000L;
      Service service = Service.values()[r.nextInt(Service.values().length)];
      boolean poor = r.nextInt(6) == 0;
      SessionEvent e = new SessionEvent(start, 1000 + r.nextInt(600_000), service, 1 + 3.5 * r.nextDouble(),
          poor ? PoorReason.values()[r.nextInt(PoorReason.values().length)] : null, -125 + 60 * r.nextDouble(),
          r.nextInt(3) == 0 ? Double.NaN : -5 + 30 * r.nextDouble(), r.nextInt(5_000_000), 80_000 * r.nextDouble(),
          service == Service.VIDEO ? r.nextInt(8000) : Double.NaN, r.nextInt(50), 0);
      table.add(sub, e, RadioExposure.DEFAULT);
      direct[sub].add(e, RadioExposure.DEFAULT);
      // reading a row ahead (as the pass does to overlap cache misses) changes nothing, rows or days
      // not there yet included
      table.touch(r.nextInt(2 * subscribers), T0 + (r.nextInt(15) - 7) * DAY);
    }
    for (int s = 0; s < subscribers; s++) {
      ExperienceAccumulator folded = new ExperienceAccumulator();
      table.addTo(s, folded);
      assertEquals(direct[s].firstDay(), folded.firstDay(), "first day of " + s);
      assertEquals(direct[s].lastDay(), folded.lastDay(), "last day of " + s);
      for (int d = direct[s].firstDay(); d <= direct[s].lastDay(); d++) {
        assertArrayEquals(direct[s].day(d), folded.day(d), "subscriber " + s + ", day " + d);
      }
    }
  }
}
