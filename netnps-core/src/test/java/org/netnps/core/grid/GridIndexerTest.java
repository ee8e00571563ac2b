package org.netnps.core.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.uber.h3core.H3Core;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GridIndexerTest {

  @Test
  void everyPositionGetsExactlyTheCellH3GivesIt() throws Exception {
    H3Core h3 = H3Core.newInstance();
    GridIndexer grid = new GridIndexer(9);
    SplittableRandom r = new SplittableRandom(9);
    for (int i = 0; i < 200_000; i++) {
      double lat = 3.10 + 0.02 * r.nextDouble();   // 100 x 100 squares, 20 positions each
      double lon = 101.64 + 0.02 * r.nextDouble();
      assertEquals(h3.latLngToCell(lat, lon, 9), grid.cell(lat, lon), lat + "," + lon);
    }
    assertTrue(grid.h3Calls() < 200_000 / 2, "the square cache must save most H3 calls: " + grid.h3Calls());
  }

  @Test
  void aMissingPositionHasNoCell() {
    assertEquals(0, new GridIndexer(9).cell(Double.NaN, 101.7));
  }
}
