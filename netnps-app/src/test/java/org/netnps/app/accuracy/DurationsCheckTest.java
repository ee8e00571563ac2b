package org.netnps.app.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The twin's expected remaining time of the problems still going on, against the injected problems' true ends. */
class DurationsCheckTest {
  @TempDir
  Path tmp;

  @Test
  void theExpectedRemainingTimeIsComparedWithTheInjectedProblemsEnd() throws Exception {
    Path results = Files.createDirectories(tmp.resolve("results"));
    Path truth = Files.createDirectories(tmp.resolve("city.truth"));
    Path dataset = Files.createDirectories(tmp.resolve("city"));
    // 14 days from 2026-03-01T16:00Z; two transport problems ended after 24 h and 48 h, one going on for 36 h;
    // a device defect all along; a congestion finding, which the twin does not run as a problem
    Files.writeString(results.resolve("findings.csv"), String.join("\n",
        "finding_id,cause,cell_id,grid_id,lat,lon,start,end,affected_subscribers,nps_impact,confidence,evidence,"
            + "device_model",
        "F1,transport,C1L1,g,0,0,2026-03-02T16:00:00Z,2026-03-03T16:00:00Z,10,0.1,0.9,e,",
        "F2,transport,C2L1,g,0,0,2026-03-05T16:00:00Z,2026-03-07T16:00:00Z,10,0.1,0.9,e,",
        "F3,transport,C3L2,g,0,0,2026-03-14T04:00:00Z,2026-03-15T16:00:00Z,10,0.1,0.9,e,",
        "F4,device,,g,0,0,2026-03-01T16:00:00Z,2026-03-15T16:00:00Z,10,0.1,0.9,e,Astra S23 5G",
        "F5,congestion,C9L1,g,0,0,2026-03-01T16:00:00Z,2026-03-15T16:00:00Z,10,0.1,0.9,e,") + "\n");
    Files.writeString(results.resolve("summary.json"),
        "{\"period\": {\"start\": \"2026-03-01T16:00:00Z\", \"end\": \"2026-03-15T16:00:00Z\"}}");
    // the third transport problem is on site C3 (the finding names its other cell) and ends 10 h after the data
    Files.writeString(truth.resolve("problems.csv"), String.join("\n",
        "problem_id,type,cause,expected_action,cell_ids,site_id,device_model,lat,lon,start,end,magnitude",
        "P1,transport_congestion,transport,upgrade_transport,,C3,,0,0,2026-03-14T02:00:00Z,2026-03-16T02:00:00Z,150",
        "P2,device_defect,device,device_campaign,,,Astra S23 5G,,,2026-03-02T16:00:00Z,2026-03-15T16:00:00Z,6") + "\n");
    Files.writeString(dataset.resolve("cells.csv"), "cell_id,site_id\nC3L1,C3\nC3L2,C3\n");
    double periodEnd = DurationsCheck.hours("2026-03-15T16:00:00Z");
    Map<String, Object> r = DurationsCheck.evaluate(results, truth, dataset,
        new ObjectMapper().readTree(results.resolve("summary.json").toFile()), periodEnd);
    assertEquals(2, r.get("problems"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) r.get("going_on");
    // F3, 36 h old: of the transport problems that lasted longer, the one of 48 h ended 12 h later
    assertEquals(Map.of("finding_id", "F3", "cause", "transport", "age_h", 36.0, "expected_remaining_h", 12.0,
        "true_remaining_h", 10.0), rows.get(0));
    // the defect was cut off by the end of the simulated period: its true end is unknown, so it is left out
    assertEquals(168.0, rows.get(1).get("expected_remaining_h"), "nothing of its kind ended");
    assertTrue(rows.get(1).containsKey("true_remaining_h") && rows.get(1).get("true_remaining_h") == null);
    assertEquals(1, r.get("compared"));
    assertEquals(2.0, r.get("mean_abs_error_h"));
    assertEquals(158.0, r.get("whole_horizon_mean_abs_error_h"), "168 - 10, running the problem through");
  }
}
