package org.netnps.sim.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.netnps.core.domain.AlarmSeverity;
import org.netnps.core.record.AlarmRecord;
import org.netnps.sim.Seeds;
import org.netnps.sim.network.Cell;
import org.netnps.sim.network.Network;

/**
 * Fault-management alarms (research/simulator.md 6.1, 9.1 step 7): service-affecting problems
 * raise the alarms a vendor OSS shows (names after Huawei/Samsung LTE alarm lists), 0-90 s after
 * the fault starts, cleared 0-120 s after it ends; mis-tilts, crowds, device defects and
 * handover settings raise none. Background noise: about one non-service-affecting alarm per
 * ten cells a day (fan, temperature, clock holdover, VSWR minor), some flapping.
 */
public final class AlarmGenerator {
  private static final String[][] NOISE = {
    {"minor", "Fan failure", "FAN_FAIL"},
    {"warning", "High temperature", "CPU_TEMPERATURE_HIGH"},
    {"minor", "Clock synchronization problem", "GPS HOLDOVER"},
    {"warning", "VSWR threshold crossed", "RF Unit VSWR Threshold Crossed"},
    {"minor", "Board temperature", "Board Temperature Abnormal"},
  };

  private AlarmGenerator() {}

  public static List<AlarmRecord> generate(List<Problem> problems, Network network, long start, long end, long seed) {
    SplittableRandom rng = Seeds.stream(seed, Seeds.ALARMS);
    List<AlarmRecord> alarms = new ArrayList<>();
    int n = 0;
    for (Problem p : problems) {
      String[] a = switch (p.type()) {
        case CELL_OUTAGE -> new String[] {"critical", "Cell unavailable", "Cell Unavailable"};
        case SITE_OUTAGE -> new String[] {"critical", "Power supply failure", "Mains Input Out of Range"};
        case EXTERNAL_INTERFERENCE -> new String[] {"major", "Uplink interference", "RF Unit RX Channel RTWP Too High"};
        case TRANSPORT_CONGESTION -> new String[] {"major", "Transmission degraded", "S1 Interface Packet Loss High"};
        default -> null;
      };
      long raiseDelay = 1000L * rng.nextInt(90);
      long clearDelay = 1000L * rng.nextInt(120);
      if (a == null || p.start() >= end) {
        continue;
      }
      String object = p.siteId() != null ? p.siteId() : p.cellIds().get(0);
      long cleared = p.end() + clearDelay < end ? p.end() + clearDelay : -1;
      alarms.add(new AlarmRecord(String.format("A%06d", ++n), object, p.start() + raiseDelay, cleared,
          AlarmSeverity.valueOf(a[0].toUpperCase()), a[1], a[2]));
    }
    List<Cell> cells = network.cells();
    long days = (end - start) / 86_400_000L;
    int count = (int) Math.round(cells.size() * days / 10.0);
    for (int i = 0; i < count; i++) {
      Cell cell = cells.get(rng.nextInt(cells.size()));
      String[] a = NOISE[rng.nextInt(NOISE.length)];
      long raised = start + (long) (rng.nextDouble() * (end - start));
      int flaps = rng.nextDouble() < 0.2 ? 3 : 1;
      for (int f = 0; f < flaps; f++) {
        long duration = 60_000L + (long) (rng.nextDouble() * (flaps > 1 ? 300_000 : 7_200_000));
        long cleared = raised + duration < end ? raised + duration : -1;
        Object object = rng.nextDouble() < 0.5 ? cell.id : cell.site.id();
        alarms.add(new AlarmRecord(String.format("A%06d", ++n), object.toString(), raised, cleared,
            AlarmSeverity.valueOf(a[0].toUpperCase()), a[1], a[2]));
        raised += duration + 60_000L * (1 + rng.nextInt(10));
        if (raised >= end) {
          break;
        }
      }
    }
    return alarms;
  }
}
