package org.netnps.sim.radio;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.netnps.sim.Seeds;
import org.netnps.sim.network.Network;
import org.netnps.sim.network.Site;

/**
 * Spatially correlated shadow fading, one unit-variance Gaussian field per site (all sectors and
 * layers of a site share it, as co-located links do in TR 38.901 7.5). The field is a separable
 * first-order autoregression over the pixel grid, so its correlation is
 * exp(-(|dx| + |dy|) / d_cor): the Gudmundson exponential model along each axis, with d_cor =
 * 50 m (38.901 Table 7.5-6, UMa NLOS). Scaled by sigma_SF where used.
 */
public final class ShadowFields {
  private final PixelGrid grid;
  private final int halfBox;
  private final float[][] fields;

  private ShadowFields(PixelGrid grid, int halfBox, float[][] fields) {
    this.grid = grid;
    this.halfBox = halfBox;
    this.fields = fields;
  }

  public static ShadowFields generate(Network network, PixelGrid grid, double rangeM,
      double decorrelationM, long seed) {
    int half = (int) Math.ceil(rangeM / grid.pixelM()) + 1;
    double r = Math.exp(-grid.pixelM() / decorrelationM);
    float[][] fields = new float[network.sites().size()][];
    IntStream.range(0, fields.length).parallel().forEach(s ->
        fields[s] = field(2 * half + 1, r, Seeds.stream(seed, Seeds.SHADOW, s)));
    return new ShadowFields(grid, half, fields);
  }

  /** Shadowing of a site at a pixel (unit variance), 0 outside its box. */
  public double at(Site site, int ix, int iy) {
    if (site.index() >= fields.length) {
      return 0; // a site added by a what-if: its own field is not part of the base draw
    }
    int cx = grid.column(site.x());
    int cy = grid.row(site.y());
    int bx = ix - cx + halfBox;
    int by = iy - cy + halfBox;
    int size = 2 * halfBox + 1;
    if (bx < 0 || by < 0 || bx >= size || by >= size) {
      return 0;
    }
    return fields[site.index()][by * size + bx];
  }

  static float[] field(int size, double r, SplittableRandom rng) {
    float[] f = new float[size * size];
    double edge = Math.sqrt(1 - r * r);
    double inner = 1 - r * r;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        double z = rng.nextGaussian();
        double v;
        if (x == 0 && y == 0) {
          v = z;
        } else if (y == 0) {
          v = r * f[x - 1] + edge * z;
        } else if (x == 0) {
          v = r * f[(y - 1) * size] + edge * z;
        } else {
          v = r * f[y * size + x - 1] + r * f[(y - 1) * size + x]
              - r * r * f[(y - 1) * size + x - 1] + inner * z;
        }
        f[y * size + x] = (float) v;
      }
    }
    return f;
  }
}
