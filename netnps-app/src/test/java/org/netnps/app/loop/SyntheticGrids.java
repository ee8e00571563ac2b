package org.netnps.app.loop;

import com.uber.h3core.H3Core;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Grids and hourly grid rows written for the loop's tests: 10 days from {@link #START}, one row per grid and day. */
final class SyntheticGrids {
  static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
  static final Instant DAY_6 = START.plusSeconds(6 * 86_400L);
  static final int DAYS = 10;

  private SyntheticGrids() {}

  /** The first {@code count} of {@code candidates} (in id order) at least {@code apart} grids from each other. */
  static List<String> spread(H3Core h3, List<String> candidates, int count, int apart) {
    List<String> sorted = new ArrayList<>(candidates);
    sorted.sort(null);
    List<String> out = new ArrayList<>();
    for (String g : sorted) {
      if (out.size() < count && out.stream().allMatch(a -> h3.gridDistance(a, g) >= apart)) {
        out.add(g);
      }
    }
    return out;
  }

  /** A change of a grid's expected NPS on a day (0 for none). */
  interface Change {
    double on(String grid, int day);
  }

  /**
   * RESULTS/grids.csv for {@code grids}: each grid's expected NPS is its own level (uniform in
   * [-10, 10]) plus daily noise (sd 2), both drawn from {@code seed}, plus {@code change}.
   */
  static void write(Path results, List<String> grids, long seed, Change change) throws Exception {
    List<String> sorted = new ArrayList<>(grids);
    sorted.sort(null);
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder csv =
        new StringBuilder("grid_id,hour,subscribers,sessions,poor_sessions,expected_nps,dl_mb,complaints\n");
    for (String grid : sorted) {
      double level = -10 + 20 * r.nextDouble();
      for (int day = 0; day < DAYS; day++) {
        double nps = level + 2 * r.nextGaussian() + change.on(grid, day);
        csv.append(grid).append(',').append(START.plusSeconds(day * 86_400L + 12 * 3_600L)).append(",30,100,10,")
            .append(nps).append(",50,0\n");
      }
    }
    Files.writeString(results.resolve("grids.csv"), csv);
  }
}
