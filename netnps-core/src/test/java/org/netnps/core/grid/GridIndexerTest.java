package org.netnps.core.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.uber.h3core.H3Core;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GridIndexerTest {

  @ParameterizedTest(name = "near {0}, {1} at resolution {2}")
  @CsvSource({
      "3.10, 101.64, 9",      // Kuala Lumpur
      "51.45, -0.20, 9",      // London
      "69.60, 18.90, 9",      // Tromsø: far north, strongly sheared longitude
      "-33.90, 151.15, 9",    // Sydney
      "-17.80, 179.95, 9",    // Fiji, across the antimeridian
      "40.70, -74.05, 7",
      "48.80, 2.30, 11"})
  void everyPositionGetsExactlyTheCellH3GivesIt(double lat0, double lon0, int resolution) throws Exception {
    H3Core h3 = H3Core.newInstance();
    GridIndexer grid = new GridIndexer(resolution);
    double span = 0.2 * Math.pow(Math.sqrt(7), 9 - resolution);
    SplittableRandom r = new SplittableRandom(9);
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      double lat = lat0 + span * r.nextDouble();
      double lon = lon0 + span * r.nextDouble();
      if (lon > 180) {
        lon -= 360;
      }
      assertEquals(h3.latLngToCell(lat, lon, resolution), grid.cell(lat, lon), lat + "," + lon);
    }
    if (resolution == 9) {   // the default; coarser tiles fit less well and leave more to H3
      assertTrue(grid.h3Calls() < n / 5, "the tile lattices must save most H3 calls: " + grid.h3Calls());
    }
  }

  @Test
  void positionsBesideAnIcosahedronFaceEdgeGetTheirOwnFacesCell() throws Exception {
    H3Core h3 = H3Core.newInstance();
    GridIndexer grid = new GridIndexer(9);
    SplittableRandom r = new SplittableRandom(5);
    int straddling = 0;
    for (int i = 0; i < 20_000; i++) {   // an edge crosses 64.7-65.0 N, 10.5-10.8 E
      double lat = 64.7 + 0.3 * r.nextDouble();
      double lon = 10.5 + 0.3 * r.nextDouble();
      if (h3.getIcosahedronFaces(h3.latLngToCell(lat, lon, 9)).size() > 1) {
        straddling++;
        for (int k = 0; k < 100; k++) {
          double la = lat + 0.01 * (r.nextDouble() - 0.5);
          double lo = lon + 0.01 * (r.nextDouble() - 0.5);
          assertEquals(h3.latLngToCell(la, lo, 9), grid.cell(la, lo), la + "," + lo);
        }
      }
    }
    assertTrue(straddling > 10, "the sample must reach the edge: " + straddling);
  }

  @Test
  void aPositionIsRoundedToTheNearestLatticePoint() {
    assertEquals(pack(0, 0), GridIndexer.round(0.3, 0.1));
    assertEquals(pack(1, 0), GridIndexer.round(0.6, 0.0));
    assertEquals(pack(0, 1), GridIndexer.round(0.2, 0.45));   // nearer (0, 1) than (0, 0) in the hexagonal metric
    assertEquals(pack(-2, 3), GridIndexer.round(-2.1, 3.05));
  }

  @Test
  void theMarginIsTheDistanceToTheHexagonsEdge() {
    assertEquals(0.5, GridIndexer.margin(0, 0), 1e-12);        // inradius of a unit-spacing hexagon
    assertEquals(0.0, GridIndexer.margin(0.5, 0), 1e-12);      // halfway to a neighbour
    assertEquals(0.25, GridIndexer.margin(0, 0.25), 1e-12);
    assertEquals(1.0, GridIndexer.distance(1, -1), 1e-12);     // every neighbour is one spacing away
  }

  @Test
  void aMissingPositionHasNoCell() {
    assertEquals(0, new GridIndexer(9).cell(Double.NaN, 101.7));
  }

  private static long pack(int q, int r) {
    return ((long) q << 32) | (r & 0xffffffffL);
  }
}
