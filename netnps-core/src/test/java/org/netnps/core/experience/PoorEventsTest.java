package org.netnps.core.experience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netnps.core.qoe.PoorReason;

class PoorEventsTest {
  private static SessionEvent event(long startMs, int cell, PoorReason reason) {
    return new SessionEvent(startMs, 1000, reason.service(), 2.0, reason, -100, 5, 1e6, 1000, 0, cell, 42L);
  }

  @Test
  void tablesFilledInAnyOrderAndMergedSortToOneOrder() {
    SplittableRandom r = new SplittableRandom(7);
    PoorReason[] reasons = PoorReason.values();
    PoorEvents all = new PoorEvents();
    PoorEvents first = new PoorEvents();
    PoorEvents second = new PoorEvents();
    int[] identity = new int[50];
    int[] shifted = new int[50];
    for (int s = 0; s < 50; s++) {
      identity[s] = s;
      shifted[s] = (s + 10) % 50;   // the second table numbers subscribers its own way
    }
    for (int i = 0; i < 5_000; i++) {
      long start = 1_772_000_000_000L + 1000L * r.nextInt(2_000);   // many equal starts
      int sub = r.nextInt(50);
      SessionEvent e = event(start, r.nextInt(9), reasons[r.nextInt(reasons.length)]);
      all.add(sub, e);
      if (i % 3 == 0) {
        first.add(sub, e);
      } else {
        second.add((sub + 40) % 50, e);
      }
    }
    PoorEvents merged = new PoorEvents();
    merged.addAll(second, shifted);
    merged.addAll(first, identity);
    all.sortByTime();
    merged.sortByTime();
    assertEquals(all.size(), merged.size());
    for (int i = 0; i < all.size(); i++) {
      assertEquals(all.startMs(i), merged.startMs(i));
      assertEquals(all.subscriber(i), merged.subscriber(i));
      assertEquals(all.cell(i), merged.cell(i));
      assertEquals(all.reason(i), merged.reason(i));
      if (i > 0) {
        assertTrue(all.startMs(i - 1) <= all.startMs(i), "in time order");
      }
    }
  }

  @Test
  void eventsWithTheSameStartAreOrderedBySubscriberCellAndReasonInShortAndLongRuns() {
    SplittableRandom r = new SplittableRandom(3);
    PoorReason[] reasons = PoorReason.values();
    PoorEvents events = new PoorEvents();
    for (int i = 0; i < 3_000; i++) {
      // one start shared by 1,000 events (the general sort), the others by a few each
      long start = 1_772_000_000_000L + (i % 3 == 0 ? 0 : 1000L * (1 + r.nextInt(500)));
      events.add(r.nextInt(40), event(start, r.nextInt(5), reasons[r.nextInt(reasons.length)]));
    }
    events.sortByTime();
    for (int i = 1; i < events.size(); i++) {
      long a = events.startMs(i - 1);
      long b = events.startMs(i);
      assertTrue(a <= b, "in time order at " + i);
      if (a == b) {
        int c = Integer.compare(events.subscriber(i - 1), events.subscriber(i));
        c = c != 0 ? c : Integer.compare(events.cell(i - 1), events.cell(i));
        c = c != 0 ? c : events.reason(i - 1).compareTo(events.reason(i));
        assertTrue(c <= 0, "same start, in content order at " + i);
      }
    }
  }
}
