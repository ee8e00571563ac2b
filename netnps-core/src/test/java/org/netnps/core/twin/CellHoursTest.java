package org.netnps.core.twin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CellHoursTest {
  private static final long HOUR = 3_600_000L;

  @Test
  void aSlotTakenWhileTheTableGrowsAddsToTheRightCellHour() {
    CellHours t = new CellHours(3);
    t.add(2, 0, CellHours.Field.SESSIONS, 1);                 // 24 hours from hour 0
    int far = t.slot(2, 100 * HOUR);                           // grows the table past hour 100
    t.addAt(far, CellHours.Field.SESSIONS, 5);
    int early = t.slot(1, -30 * HOUR);                         // and before hour 0
    t.addAt(early, CellHours.Field.POOR, 2);
    assertEquals(1, t.get(2, t.hourOf(0), CellHours.Field.SESSIONS));
    assertEquals(5, t.get(2, t.hourOf(100 * HOUR), CellHours.Field.SESSIONS));
    assertEquals(2, t.get(1, t.hourOf(-30 * HOUR), CellHours.Field.POOR));
    assertEquals(0, t.get(0, t.hourOf(100 * HOUR), CellHours.Field.SESSIONS));
  }

  @Test
  void mergingAddsCellHourByCellHourWhateverHoursEachTableCovers() {
    CellHours a = new CellHours(2);
    CellHours b = new CellHours(2);
    a.add(0, 10 * HOUR, CellHours.Field.SESSIONS, 3);
    b.add(0, 10 * HOUR, CellHours.Field.SESSIONS, 4);
    b.add(1, 90 * HOUR, CellHours.Field.CALLS, 2);
    a.merge(b);
    assertEquals(7, a.get(0, a.hourOf(10 * HOUR), CellHours.Field.SESSIONS));
    assertEquals(2, a.get(1, a.hourOf(90 * HOUR), CellHours.Field.CALLS));
  }
}
