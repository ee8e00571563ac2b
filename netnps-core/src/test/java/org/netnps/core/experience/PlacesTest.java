package org.netnps.core.experience;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlacesTest {

  @Test
  void manyPlacesAreCountedAndMergedExactly() {
    SplittableRandom r = new SplittableRandom(3);
    Places a = new Places();
    Places b = new Places();
    Map<Long, int[]> expected = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      long key = 600_000_000_000L + r.nextInt(300);
      boolean poor = r.nextInt(4) == 0;
      (i % 2 == 0 ? a : b).add(key, poor);
      int[] e = expected.computeIfAbsent(key, k -> new int[2]);
      e[0]++;
      e[1] += poor ? 1 : 0;
    }
    a.merge(b);
    assertEquals(expected.size(), a.size());
    for (int i = 0; i < a.size(); i++) {
      int[] e = expected.get(a.key(i));
      assertEquals(e[0], a.sessions(i), "sessions of " + a.key(i));
      assertEquals(e[1], a.poor(i), "poor sessions of " + a.key(i));
      assertEquals(e[0], a.sessionsAt(a.key(i)), "sessions looked up by key " + a.key(i));
    }
    assertEquals(0, a.sessionsAt(599_999_999_999L), "a key never added");
  }

  @Test
  void theBusiestPlaceDoesNotDependOnTheOrderPlacesWereAdded() {
    Places ab = new Places();
    ab.add(7, false);
    ab.add(5, false);
    Places ba = new Places();
    ba.add(5, false);
    ba.add(7, false);
    assertEquals(5, ab.busiest(), "a tie goes to the smaller key");
    assertEquals(5, ba.busiest());
    ab.add(7, true);
    assertEquals(7, ab.busiest());
  }
}
