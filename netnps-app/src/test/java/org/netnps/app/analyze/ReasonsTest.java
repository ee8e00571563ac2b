package org.netnps.app.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReasonsTest {

  @Test
  void aShortSpanOfHoursIsNamedWhole() {
    int[] byHour = new int[24];
    byHour[18] = 2;
    byHour[19] = 1;
    assertEquals("18-20h", Reasons.hours(byHour, 3));
  }

  @Test
  void aLongSpanNamesItsBusiestThreeHours() {
    int[] byHour = new int[24];
    byHour[2] = 1;
    byHour[19] = 4;
    byHour[20] = 3;
    byHour[23] = 1;
    assertEquals("mostly 18-21h (7 of 9)", Reasons.hours(byHour, 9));
  }
}
