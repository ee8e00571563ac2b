package org.netnps.sim.radio;

/** A square raster of pixels over the city in local metres, row-major from the south-west. */
public record PixelGrid(double originX, double originY, double pixelM, int columns, int rows) {

  /** A grid covering a disc of the given radius plus a margin. */
  public static PixelGrid around(double radiusM, double marginM, double pixelM) {
    int n = (int) Math.ceil(2 * (radiusM + marginM) / pixelM);
    double origin = -n * pixelM / 2;
    return new PixelGrid(origin, origin, pixelM, n, n);
  }

  public int size() {
    return columns * rows;
  }

  public int column(double x) {
    return (int) Math.floor((x - originX) / pixelM);
  }

  public int row(double y) {
    return (int) Math.floor((y - originY) / pixelM);
  }

  /** The pixel containing a point, or -1 outside the grid. */
  public int pixel(double x, double y) {
    int c = column(x);
    int r = row(y);
    return c < 0 || r < 0 || c >= columns || r >= rows ? -1 : r * columns + c;
  }

  public double centreX(int column) {
    return originX + (column + 0.5) * pixelM;
  }

  public double centreY(int row) {
    return originY + (row + 0.5) * pixelM;
  }
}
