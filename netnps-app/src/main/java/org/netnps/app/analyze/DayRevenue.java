package org.netnps.app.analyze;

import org.netnps.io.scan.CustomerRecords;
import org.netnps.io.scan.ScanResult;

/**
 * Revenue where it was earned, as far as the dataset can tell: each subscriber active on a day
 * brings a day of revenue (monthly ARPU / 30.44), shared over the places of that day's sessions
 * in proportion to their number. A subscriber without an ARPU in subscribers.csv counts at the
 * mean of the known ones; with no ARPU at all there is no revenue (NaN). The dataset holds no
 * billing, so revenue moves with who is active where, not with top-ups or churn that has not
 * happened yet.
 */
final class DayRevenue {
  static final double DAYS_PER_MONTH = 30.44;

  private final ScanResult scan;
  private final double[] perDay;

  private DayRevenue(ScanResult scan, double[] perDay) {
    this.scan = scan;
    this.perDay = perDay;
  }

  static DayRevenue of(ScanResult scan) {
    CustomerRecords crm = scan.customers();
    int n = scan.subscribers();
    double[] arpu = new double[n];
    double sum = 0;
    int known = 0;
    for (int s = 0; s < n; s++) {
      CustomerRecords.Row row = crm.row(s);
      arpu[s] = row == null ? Double.NaN : row.arpu();
      if (!Double.isNaN(arpu[s])) {
        sum += arpu[s];
        known++;
      }
    }
    double fill = known == 0 ? Double.NaN : sum / known;
    for (int s = 0; s < n; s++) {
      arpu[s] = (Double.isNaN(arpu[s]) ? fill : arpu[s]) / DAYS_PER_MONTH;
    }
    return new DayRevenue(scan, arpu);
  }

  /** The revenue a day with sessions of subscriber {@code s} brings (NaN with no ARPU in the dataset). */
  double perActiveDay(int s) {
    return perDay[s];
  }

  /** The revenue one of subscriber {@code s}'s sessions on {@code epochDay} brings to its place. */
  double perSession(int s, int epochDay) {
    float sessions = scan.profiles()[s].sessions(epochDay);
    return sessions > 0 ? perDay[s] / sessions : 0;
  }
}
