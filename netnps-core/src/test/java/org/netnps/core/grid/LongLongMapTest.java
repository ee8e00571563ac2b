package org.netnps.core.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongLongMapTest {

  @Test
  void aKeyNeverPutIsAbsent() {
    LongLongMap m = new LongLongMap();
    assertEquals(LongLongMap.ABSENT, m.get(42));
    assertEquals(0, m.size());
  }

  @Test
  void aPutReplacesTheValueWithoutAddingAKey() {
    LongLongMap m = new LongLongMap();
    m.put(-7, 1);
    m.put(-7, 2);
    assertEquals(2, m.get(-7));
    assertEquals(1, m.size());
  }

  @Test
  void agreesWithAHashMapThroughManyGrowths() {
    LongLongMap m = new LongLongMap();
    Map<Long, Long> expected = new HashMap<>();
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < 200_000; i++) {
      long key = r.nextInt(150_000) * 0x1_0000_0001L;   // repeats, and keys alike in their low bits
      long value = r.nextLong();
      m.put(key, value);
      expected.put(key, value);
    }
    assertEquals(expected.size(), m.size());
    expected.forEach((k, v) -> assertEquals(v, m.get(k), "key " + k));
    for (int i = 0; i < 10_000; i++) {
      long key = (150_000 + r.nextInt(1_000_000)) * 0x1_0000_0001L;
      assertEquals(LongLongMap.ABSENT, m.get(key), "key " + key);
    }
  }

  @Test
  void theEmptySlotMarkerCannotBeAKey() {
    assertThrows(IllegalArgumentException.class, () -> new LongLongMap().put(LongLongMap.ABSENT, 1));
  }
}
