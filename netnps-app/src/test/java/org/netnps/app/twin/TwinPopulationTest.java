package org.netnps.app.twin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netnps.sim.LocalFrame;

/** The twin's subscribers are spread over their H3 grids as a uniform draw, not stacked on the centres. */
class TwinPopulationTest {

  @Test
  void aPlaceIsAUniformPointOfItsGrid() throws Exception {
    H3Core h3 = H3Core.newInstance();
    LocalFrame frame = new LocalFrame(48.85, 2.35);
    long cell = h3.latLngToCell(48.852, 2.353, 9);
    LatLng c = h3.cellToLatLng(cell);
    double cx = frame.east(c.lng);
    double cy = frame.north(c.lat);
    double circumradius = 0;
    double area = 0;
    double polarMoment = 0;   // of the polygon about the centre, by the shoelace sums
    var corners = h3.cellToBoundary(cell);
    for (int i = 0; i < corners.size(); i++) {
      double x0 = frame.east(corners.get(i).lng) - cx;
      double y0 = frame.north(corners.get(i).lat) - cy;
      LatLng next = corners.get((i + 1) % corners.size());
      double x1 = frame.east(next.lng) - cx;
      double y1 = frame.north(next.lat) - cy;
      double cross = x0 * y1 - x1 * y0;
      area += cross / 2;
      polarMoment += cross * (x0 * x0 + x0 * x1 + x1 * x1 + y0 * y0 + y0 * y1 + y1 * y1) / 12;
      circumradius = Math.max(circumradius, Math.hypot(x0, y0));
    }
    SplittableRandom rng = new SplittableRandom(7);
    int n = 4000;
    double sumX = 0;
    double sumY = 0;
    double sumSquares = 0;
    for (int i = 0; i < n; i++) {
      double[] at = TwinPopulation.pointIn(cell, frame, rng, h3);
      assertEquals(cell, h3.latLngToCell(frame.lat(at[1]), frame.lon(at[0]), 9), "inside its grid");
      sumX += at[0] - cx;
      sumY += at[1] - cy;
      sumSquares += Math.pow(at[0] - cx, 2) + Math.pow(at[1] - cy, 2);
    }
    assertTrue(circumradius > 150 && circumradius < 200, "an H3 cell of resolution 9: " + circumradius + " m");
    assertEquals(0, sumX / n, 0.05 * circumradius, "centred");
    assertEquals(0, sumY / n, 0.05 * circumradius, "centred");
    // uniform over the polygon: mean squared distance from the centre = its polar moment / its area
    // (5/12 R^2 for a regular hexagon of circumradius R)
    assertEquals(Math.sqrt(polarMoment / area), Math.sqrt(sumSquares / n), 0.02 * circumradius,
        "spread as a uniform hexagon, not a point");
  }
}
