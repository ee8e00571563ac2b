package org.netnps.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them: output, exit codes, files written. */
class CliTest {
  private static final String CELLS = "cell_id,site_id,rat,lat,lon,azimuth_deg,height_m,mech_tilt_deg,"
      + "elec_tilt_deg,freq_mhz,bandwidth_mhz,tx_power_dbm\nC1,S1,LTE,1.28,103.83,0,30,0,4,1840,20,46\n";
  private static final String XDR = "start_time,duration_ms,subscriber_id,service,cell_id,rtt_ms\n"
      + "2026-03-02T08:00:00Z,2000,460001,web,C1,30\n2026-03-02T08:01:00Z,1000,460002,gaming,C1,-4\n";

  @TempDir
  Path tmp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream originalOut;

  @BeforeEach
  void captureOut() {
    originalOut = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOut() {
    System.setOut(originalOut);
  }

  private Path dataset(String xdr) throws Exception {
    Path ds = tmp.resolve("ds");
    Files.createDirectories(ds.resolve("xdr"));
    Files.writeString(ds.resolve("cells.csv"), CELLS);
    Files.writeString(ds.resolve("xdr/a.csv"), xdr);
    return ds;
  }

  @Test
  void validateJsonReconcilesAndExitsOneWhenRowsAreRejected() throws Exception {
    int code = Main.run("validate", dataset(XDR).toString(), "--json");
    JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertEquals(1, code);
    assertEquals(3, json.get("read").asInt());
    assertEquals(2, json.get("accepted").asInt());
    assertEquals(1, json.get("rejected").asInt());
    assertEquals("xdr/a.csv", json.get("files").get(1).get("path").asText());
    JsonNode reject = json.get("first_rejects").get(0);
    assertEquals(3, reject.get("line").asInt());
    assertEquals("rtt_ms", reject.get("column").asText());
    assertEquals("-4", reject.get("value").asText());
    assertEquals("must be in [0, 60000]", reject.get("reason").asText());
  }

  @Test
  void validateExitsZeroWhenCleanAndTwoOnAFatalError() throws Exception {
    assertEquals(0, Main.run("validate", dataset(XDR.replace(",-4", ",4")).toString()));
    assertEquals(2, Main.run("validate", tmp.resolve("nowhere").toString()));
    Files.writeString(tmp.resolve("ds/xdr/a.csv"), "");
    assertEquals(2, Main.run("validate", tmp.resolve("ds").toString(), "--json"));
  }

  @Test
  void ingestStoresAndASecondRunSkipsUnchangedFiles() throws Exception {
    Path ds = dataset(XDR);
    Path db = tmp.resolve("db/netnps.duckdb");
    assertEquals(0, Main.run("ingest", ds.toString(), "--db", db.toString()));
    assertEquals(0, Main.run("ingest", ds.toString(), "--db", db.toString()));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("xdr/a.csv                                skipped"));
  }

  @Test
  void convertPmWritesOneLongCsvRowPerValue() throws Exception {
    Path xml = tmp.resolve("pm.xml");
    try (var in = getClass().getResourceAsStream("/pm-sample.xml")) {
      Files.write(xml, in.readAllBytes());
    }
    Path csv = tmp.resolve("pm.csv");
    assertEquals(0, Main.run("convert", "pm", xml.toString(), "--out", csv.toString()));
    List<String> lines = Files.readAllLines(csv);
    assertEquals(List.of(
        "period_start,period_s,cell_id,counter,value,suspect",
        "2026-03-02T00:00:00Z,900,C0101,RRC.ConnEstabAtt,120,0",
        "2026-03-02T00:00:00Z,900,C0101,RRC.ConnEstabSucc,,0",
        "2026-03-02T00:00:00Z,900,C0102,RRC.ConnEstabAtt,80,1",
        "2026-03-02T00:00:00Z,900,C0102,RRC.ConnEstabSucc,79,1"), lines);
  }

  @Test
  void convertedPmReadsBackAsADatasetPmFileWithNoReject() throws Exception {
    Path ds = dataset(XDR.replace(",-4", ",4"));
    Files.writeString(ds.resolve("cells.csv"), CELLS + "C0101,S1,LTE,1.28,103.83,120,30,0,4,1840,20,46\n"
        + "C0102,S1,LTE,1.28,103.83,240,30,0,4,1840,20,46\n");
    Files.createDirectories(ds.resolve("pm"));
    Path xml = tmp.resolve("pm.xml");
    try (var in = getClass().getResourceAsStream("/pm-sample.xml")) {
      Files.write(xml, in.readAllBytes());
    }
    assertEquals(0, Main.run("convert", "pm", xml.toString(), "--out", ds.resolve("pm/pm.csv").toString()));
    assertEquals(0, Main.run("validate", ds.toString()));
  }
}
