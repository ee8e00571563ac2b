package org.netnps.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A segment the model misses is found; chance differences and small segments are not flagged. */
class SegmentCalibrationTest {
  private final List<String> keys = new ArrayList<>();
  private final List<double[]> p = new ArrayList<>();
  private final List<Integer> y = new ArrayList<>();

  /** n answers of one segment, each predicted a detractor with probability q, d of them detractors. */
  private void answers(String key, int n, double q, int d) {
    for (int i = 0; i < n; i++) {
      keys.add(key);
      p.add(new double[] {q, (1 - q) / 2, (1 - q) / 2});
      y.add(i < d ? 0 : 2);
    }
  }

  private SegmentCalibration calibration() {
    return SegmentCalibration.of("device_model", keys.toArray(String[]::new), p.toArray(double[][]::new),
        y.stream().mapToInt(Integer::intValue).toArray(), 0, 30);
  }

  @Test
  void aSegmentWithMoreDetractorsThanPredictedIsFlagged() {
    answers("Astra S23 5G", 100, 0.3, 45); // 30 expected, sd sqrt(100 x 0.3 x 0.7) = 4.583: z = 15 / 4.583
    answers("Pomme 11", 100, 0.3, 31); // z = 1 / 4.583
    SegmentCalibration c = calibration();
    assertEquals("detractor", c.outcome());
    assertEquals(2, c.segments().size());
    SegmentCalibration.Segment s23 = c.segments().get(0);
    assertEquals("Astra S23 5G", s23.value(), "the largest |z| first");
    assertEquals(0.30, s23.meanPredicted(), 1e-12);
    assertEquals(0.45, s23.observed(), 1e-12);
    assertEquals(3.2733, s23.z(), 1e-4);
    assertEquals(0.2182, c.segments().get(1).z(), 1e-4);
    assertEquals(2.2414, c.criticalZ(), 1e-4, "two segments: the normal's 1 - 0.05 / 4 quantile");
    assertEquals(List.of(s23), c.flagged());
  }

  @Test
  void fewerDetractorsThanPredictedIsFlaggedToo() {
    answers("Nova Lite 3", 200, 0.4, 50); // 80 expected, sd 6.928: z = -4.330
    assertEquals(-4.3301, calibration().segments().get(0).z(), 1e-4);
    assertEquals(1.9600, calibration().criticalZ(), 1e-4, "one segment: no correction");
    assertEquals(1, calibration().flagged().size());
  }

  @Test
  void smallSegmentsAndAnswersWithoutASegmentAreNotTested() {
    answers("Vivid Y36", 29, 0.3, 29);
    answers(null, 50, 0.3, 50);
    answers("Pomme 14 5G", 30, 0.3, 9);
    SegmentCalibration c = calibration();
    assertEquals(List.of("Pomme 14 5G"), c.segments().stream().map(SegmentCalibration.Segment::value).toList());
    assertEquals(0, c.segments().get(0).z(), 1e-12);
    assertEquals(List.of(), c.flagged());
  }

  @Test
  void keysPredictionsAndLabelsMustAlign() {
    assertThrows(IllegalArgumentException.class,
        () -> SegmentCalibration.of("plan", new String[2], new double[1][3], new int[1], 0, 30));
  }
}
