package org.netnps.core.experience;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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

  /**
   * One scratch places object, emptied between subscribers and merged into each subscriber's own,
   * gives each subscriber exactly the places, in the same order, that counting directly gives,
   * whatever the previous subscriber left in the scratch (many keys, then few, then many); places
   * so made (a copy, as they were empty) then count on like any others.
   */
  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)   // a bad clear can loop forever
  void scratchPlacesEmptiedBetweenSubscribersGiveEachTheDirectCount() {
    SplittableRandom r = new SplittableRandom(11);
    Places scratch = new Places();
    for (int sub = 0; sub < 60; sub++) {
      int keys = sub % 3 == 1 ? 1 + r.nextInt(4) : 20 + r.nextInt(400);
      Places direct = new Places();
      Places merged = new Places();
      scratch.clear();
      assertEquals(0, scratch.size(), "emptied");
      for (int i = 0; i < 3 * keys; i++) {
        long key = 600_000_000_000L + r.nextInt(keys);
        boolean poor = r.nextInt(5) == 0;
        direct.add(key, poor);
        scratch.add(key, poor);
      }
      merged.merge(scratch);
      assertEquals(direct.size(), merged.size(), "places of subscriber " + sub);
      for (int i = 0; i < direct.size(); i++) {
        assertEquals(direct.key(i), merged.key(i), "key " + i + " of subscriber " + sub);
        assertEquals(direct.sessions(i), merged.sessions(i));
        assertEquals(direct.poor(i), merged.poor(i));
        assertEquals(direct.sessions(i), merged.sessionsAt(direct.key(i)), "found by key after the merge");
      }
      merged.merge(scratch);   // into places that have keys now: key by key
      merged.add(1L, true);
      assertEquals(direct.size() + 1, merged.size(), "one new key");
      for (int i = 0; i < direct.size(); i++) {
        assertEquals(2 * direct.sessions(i), merged.sessionsAt(direct.key(i)), "merged twice, key " + i);
      }
      assertEquals(1, merged.sessionsAt(1L));
    }
  }

  /**
   * Places taken over whole (a merge into empty ones) count on without a lookup first: their index
   * comes when needed.
   */
  @Test
  void placesTakenOverWholeCountOnAtOnce() {
    Places scratch = new Places();
    for (long key = 0; key < 40; key++) {
      scratch.add(key, key % 2 == 0);
    }
    Places taken = new Places();
    taken.merge(scratch);
    taken.add(7, false);
    taken.merge(scratch);
    taken.add(99, true);
    assertEquals(41, taken.size());
    assertEquals(3, taken.sessionsAt(7));
    assertEquals(2, taken.sessionsAt(8));
    assertEquals(1, taken.sessionsAt(99));
    assertEquals(0, taken.sessionsAt(40));
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
