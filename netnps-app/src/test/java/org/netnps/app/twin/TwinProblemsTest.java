package org.netnps.app.twin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.netnps.core.twin.CellHours;

/** A diagnosed problem's magnitude is measured against the cell's own median hour. */
class TwinProblemsTest {
  private static final long T0 = 1_772_380_800_000L;   // 2026-03-01T16:00Z, any hour start
  private static final long HOUR = 3_600_000L;

  @Test
  void theRiseIsTheWindowsMeanAboveTheCellsMedianHour() {
    CellHours t = new CellHours(1);
    for (int h = 0; h < 48; h++) {
      double dbm = h >= 40 ? -98 : -110;
      t.add(0, T0 + h * HOUR, CellHours.Field.INTERFERENCE_SUM, dbm);
      t.add(0, T0 + h * HOUR, CellHours.Field.INTERFERENCE_N, 1);
    }
    double rise = TwinProblems.rise(t, T0 + 40 * HOUR, T0 + 48 * HOUR, h -> t.interferenceDbm(0, h));
    assertEquals(12, rise, 1e-4, "-98 dBm in the window against a -110 dBm median");
  }

  @Test
  void withoutMeasuresInTheWindowThereIsNoRise() {
    CellHours t = new CellHours(1);
    t.add(0, T0, CellHours.Field.INTERFERENCE_SUM, -110);
    t.add(0, T0, CellHours.Field.INTERFERENCE_N, 1);
    t.add(0, T0 + 5 * HOUR, CellHours.Field.SESSIONS, 1);
    assertTrue(Double.isNaN(TwinProblems.rise(t, T0 + 2 * HOUR, T0 + 4 * HOUR, h -> t.interferenceDbm(0, h))));
  }
}
