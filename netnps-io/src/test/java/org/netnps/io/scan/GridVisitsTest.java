package org.netnps.io.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Visits kept in blocks as they come read back, once sorted, as one sorted list of every visit. */
class GridVisitsTest {
  private static final long T0 = 1_772_409_600_000L;

  @Test
  void visitsOverSeveralBlocksSortByGridHourAndSubscriber() {
    SplittableRandom r = new SplittableRandom(2);
    GridVisits v = new GridVisits();
    List<long[]> expected = new ArrayList<>();
    int n = 150_001;   // three blocks, the last nearly empty
    for (int i = 0; i < n; i++) {
      int grid = r.nextInt(500);
      long start = T0 + r.nextInt(48) * 3_600_000L + r.nextInt(3_600_000);
      int sub = r.nextInt(10_000);
      v.add(grid, start, sub);
      expected.add(new long[] {grid, start - Math.floorMod(start, 3_600_000L), sub});
    }
    expected.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1])
        .thenComparingLong(e -> e[2]));
    v.sort();
    assertEquals(n, v.size());
    for (int i = 0; i < n; i++) {
      long[] e = expected.get(i);
      assertEquals(e[0], v.gridRow(i), "grid of visit " + i);
      assertEquals(e[1], v.hourStartMs(i), "hour of visit " + i);
      assertEquals(e[2], v.subscriber(i), "subscriber of visit " + i);
    }
    assertTrue(v.sameGridHour(0, 0));
    assertThrows(IllegalStateException.class, () -> v.add(1, T0, 1), "a visit after sorting");
  }
}
