package org.netnps.core.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.netnps.core.domain.ProblemCause;
import org.netnps.core.twin.CellHours;
import org.netnps.core.twin.CellHours.Field;

/**
 * Coverage problems from configuration: a cell whose downtilt (mechanical + electrical) departs
 * from the median of its site's cells by {@link #TILT_DEVIATION_DEG} or more. A CM
 * consistency check; the weak-RSRP shares of the cell and its siblings are given as evidence (an
 * over-downtilted cell serves nearer users, so its own share may even fall while the area it no
 * longer covers suffers); the window is the whole period (configuration is a snapshot).
 */
public final class TiltAudit {
  static final double TILT_DEVIATION_DEG = 4;
  static final int MIN_SITE_CELLS = 3;

  private TiltAudit() {}

  public static List<Candidate> detect(List<CellConfig> cells, CellHours twin) {
    List<Candidate> out = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      CellConfig me = cells.get(c);
      List<Double> siteTilts = new ArrayList<>();
      double siblingWeak = 0;
      double siblingSessions = 0;
      for (int o = 0; o < cells.size(); o++) {
        CellConfig other = cells.get(o);
        if (!other.siteId().equals(me.siteId())) {
          continue;
        }
        siteTilts.add(other.totalTiltDeg());
        if (o != c && other.sameLayer(me)) {
          siblingWeak += total(twin, o, Field.WEAK_RSRP);
          siblingSessions += total(twin, o, Field.SESSIONS);
        }
      }
      if (siteTilts.size() < MIN_SITE_CELLS) {
        continue;
      }
      // the site's design tilt: the median of all its cells, so one mis-tilted cell cannot move it
      double design = HourRuns.median(siteTilts.stream().mapToDouble(Double::doubleValue).toArray());
      double deviation = me.totalTiltDeg() - design;
      double sessions = total(twin, c, Field.SESSIONS);
      double weakShare = sessions > 0 ? total(twin, c, Field.WEAK_RSRP) / sessions : Double.NaN;
      double siblingShare = siblingSessions > 0 ? siblingWeak / siblingSessions : Double.NaN;
      if (Math.abs(deviation) >= TILT_DEVIATION_DEG) {
        out.add(new Candidate(ProblemCause.COVERAGE, List.of(c), null, 0, twin.hours(), String.format(Locale.ROOT,
            "downtilt %.1f deg against the site's median %.1f deg (deviation threshold %.0f deg); weak RSRP in "
                + "%.0f%% of its sessions against %.0f%% on the site's other %s cells", me.totalTiltDeg(), design,
            TILT_DEVIATION_DEG, 100 * weakShare, 100 * siblingShare, me.rat()), 0.8));
      }
    }
    return out;
  }

  private static double total(CellHours t, int cell, Field f) {
    double s = 0;
    for (int h = 0; h < t.hours(); h++) {
      s += t.get(cell, h, f);
    }
    return s;
  }
}
