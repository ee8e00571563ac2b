package org.netnps.ml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Calibration of one class's predicted probability within segments of the answers (device models,
 * plans, regions): a model can be calibrated overall and still miss a segment, a device whose calls
 * fail, say. Each segment's observed count is compared with the sum of its predictions; if the
 * predictions were right, the count would vary by the sum of p (1 - p) (a Poisson-binomial), so
 * z = (observed - predicted) / sqrt(sum p (1 - p)). A segment is flagged when its two-sided p-value is
 * below 5% divided by the number of segments tested (Bonferroni), so that with many segments chance
 * alone seldom flags one.
 */
public record SegmentCalibration(String dimension, String outcome, List<Segment> segments, double criticalZ) {
  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

  /** A segment's answers, mean predicted probability, observed share and z. */
  public record Segment(String value, int answers, double meanPredicted, double observed, double z) {}

  public boolean flagged(Segment s) {
    return Math.abs(s.z()) >= criticalZ;
  }

  public List<Segment> flagged() {
    return segments.stream().filter(this::flagged).toList();
  }

  /**
   * @param keys each answer's segment (null: none)
   * @param p each answer's predicted class probabilities (out of fold)
   * @param y each answer's class
   * @param cls the class tested (0 detractor, 2 promoter)
   * @param minAnswers segments with fewer answers are not tested
   */
  public static SegmentCalibration of(String dimension, String[] keys, double[][] p, int[] y, int cls,
      int minAnswers) {
    if (keys.length != p.length || p.length != y.length) {
      throw new IllegalArgumentException(keys.length + " keys, " + p.length + " predictions, " + y.length
          + " labels must agree");
    }
    Map<String, double[]> sums = new LinkedHashMap<>(); // answers, sum p, sum p(1-p), observed
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == null) {
        continue;
      }
      double[] s = sums.computeIfAbsent(keys[i], k -> new double[4]);
      double q = p[i][cls];
      s[0]++;
      s[1] += q;
      s[2] += q * (1 - q);
      s[3] += y[i] == cls ? 1 : 0;
    }
    List<Segment> segments = new ArrayList<>();
    for (Map.Entry<String, double[]> e : sums.entrySet()) {
      double[] s = e.getValue();
      if (s[0] >= minAnswers && s[2] > 0) {
        segments.add(new Segment(e.getKey(), (int) s[0], s[1] / s[0], s[3] / s[0], (s[3] - s[1]) / Math.sqrt(s[2])));
      }
    }
    segments.sort(Comparator.comparingDouble((Segment s) -> -Math.abs(s.z())).thenComparing(Segment::value));
    double critical = segments.isEmpty() ? Double.NaN
        : NORMAL.inverseCumulativeProbability(1 - 0.05 / (2.0 * segments.size()));
    return new SegmentCalibration(dimension, cls == 0 ? "detractor" : cls == 2 ? "promoter" : "passive",
        List.copyOf(segments), critical);
  }
}
