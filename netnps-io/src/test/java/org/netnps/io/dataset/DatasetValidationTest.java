package org.netnps.io.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netnps.io.dataset.MiniDataset.XDR_HEADER;
import static org.netnps.io.dataset.MiniDataset.XDR_WEB;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.netnps.core.UserException;
import org.netnps.io.validate.FileReport;

class DatasetValidationTest {
  @TempDir
  Path dir;

  @BeforeEach
  void writeValidDataset() throws Exception {
    MiniDataset.write(dir);
  }

  private Reading withXdrRow(String row) throws Exception {
    MiniDataset.write(dir, "xdr/day1.csv", XDR_HEADER + XDR_WEB + row);
    return Reading.of(dir);
  }

  @Test
  void aValidDatasetReadsWithNoRejectAndCountsReconcile() {
    Reading r = Reading.of(dir);
    assertEquals(0, r.report().rejected(), r.rejections().toString());
    assertFalse(r.report().hasErrors());
    assertEquals(7, r.report().files().size());
    assertEquals(3, r.file("xdr/day1.csv").accepted());
    assertEquals(2, r.file("pm/pm.csv").accepted());
    assertEquals("mini", r.report().manifest().name());
    for (FileReport f : r.report().files()) {
      assertEquals(f.read(), f.accepted() + f.rejected());
    }
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
    "2026-03-02T08:00:00Z,2000,460001,web,C0101,LTE |"
        + " xdr/day1.csv:3: expected 30 fields as in the header, but found 6 | wrong column count",
    "2026-03-02T08:00:00Z,2000,460001,web,C0101,LTE,1.281,103.831,-95.5,twelve,500000,20000,8000,30,0.5,900,1,,,,,,,,,,,,, |"
        + " xdr/day1.csv:3: sinr_db = 'twelve': not a number | non-number",
    "2026-03-02T08:00:00Z,2000,460001,web,C0101,LTE,1.281,103.831,-20,12,500000,20000,8000,30,0.5,900,1,,,,,,,,,,,,, |"
        + " xdr/day1.csv:3: rsrp_dbm = '-20': must be in [-156, -31] | out of range",
    "2026-03-02T08:00:00Z,2000,460001,web,C9999,LTE,1.281,103.831,-95.5,12,500000,20000,8000,30,0.5,900,1,,,,,,,,,,,,, |"
        + " xdr/day1.csv:3: cell_id = 'C9999': unknown cell: not in cells.csv | unknown cell",
    "2026-03-02 08:00,2000,460001,web,C0101,LTE,1.281,103.831,-95.5,12,500000,20000,8000,30,0.5,900,1,,,,,,,,,,,,, |"
        + " xdr/day1.csv:3: start_time = '2026-03-02 08:00': bad timestamp: not ISO-8601 (expected yyyy-MM-ddTHH:mm:ss plus an offset) | bad timestamp",
    "2026-03-02T08:00:00Z,2000,460001,browsing,C0101,LTE,1.281,103.831,-95.5,12,500000,20000,8000,30,0.5,900,1,,,,,,,,,,,,, |"
        + " xdr/day1.csv:3: service = 'browsing': must be one of web, video, voice, gaming, other | unknown enum",
    "2026-03-02T08:00:00Z,2000,,web,C0101,LTE,1.281,103.831,-95.5,12,500000,20000,8000,30,0.5,900,1,,,,,,,,,,,,, |"
        + " xdr/day1.csv:3: subscriber_id = '': required value is missing | missing required",
    "2026-03-02T08:00:00Z,2000,460001,web,C0101,LTE,1.281,103.831,-95.5,12,500000,20000,8000,30,0.5,900,2,,,,,,,,,,,,, |"
        + " xdr/day1.csv:3: http_ok = '2': must be 0 or 1 | bad flag"
  })
  void aBadXdrRowIsRejectedWithFileLineColumnValueAndReasonAndTheFileGoesOn(String row, String expected, String what)
      throws Exception {
    Reading r = withXdrRow(row + "\n" + MiniDataset.XDR_VOICE);
    assertEquals(expected.trim(), r.onlyRejection());
    FileReport xdr = r.file("xdr/day1.csv");
    assertEquals(3, xdr.read());
    assertEquals(2, xdr.accepted());
    assertEquals(1, xdr.rejected());
  }

  @Test
  void duplicateKeysAndAnAlarmClearedBeforeItWasRaisedAreRejected() throws Exception {
    MiniDataset.write(dir, "cells.csv", MiniDataset.CELLS + "C0101,S02,LTE,1.3,103.9,0,30,0,4,1840,20,46,7,East\n");
    MiniDataset.write(dir, "alarms.csv", "alarm_id,object_id,raised_at,cleared_at,severity,probable_cause,specific_problem\n"
        + "A1,C0101,2026-03-02T07:00:00Z,2026-03-02T06:00:00Z,major,,\nA2,X1,2026-03-02T07:00:00Z,,minor,,\n");
    Reading r = Reading.of(dir);
    assertEquals("cells.csv:5: cell_id = 'C0101': duplicate key (first on line 2)", r.rejections().get(0).describe());
    assertEquals("alarms.csv:2: cleared_at = '': cleared before it was raised", r.rejections().get(1).describe());
    assertEquals("alarms.csv:3: object_id = 'X1': unknown object: neither a cell_id nor a site_id of cells.csv",
        r.rejections().get(2).describe());
  }

  @Test
  void aTruncatedGzipIsAFileErrorAfterTheRowsBeforeIt() throws Exception {
    StringBuilder many = new StringBuilder(XDR_HEADER);
    for (int i = 0; i < 5000; i++) {
      many.append(XDR_WEB);
    }
    Path plain = dir.resolve("xdr/day1.csv");
    Files.delete(plain);
    MiniDataset.gzip(dir, "xdr/day1.csv.gz", many.toString().getBytes(StandardCharsets.UTF_8));
    byte[] gz = Files.readAllBytes(dir.resolve("xdr/day1.csv.gz"));
    Files.write(dir.resolve("xdr/day1.csv.gz"), Arrays.copyOf(gz, gz.length / 2));
    FileReport f = Reading.of(dir).file("xdr/day1.csv.gz");
    assertTrue(f.failed());
    assertTrue(f.error().startsWith("truncated or corrupt gzip data"), f.error());
    assertTrue(f.read() > 0 && f.read() < 5000, "rows before the cut: " + f.read());
    assertEquals(f.read(), f.accepted() + f.rejected());
  }

  @Test
  void anEmptyFileIsAFileError() throws Exception {
    MiniDataset.write(dir, "surveys.csv", "");
    assertEquals("empty file: no header line", Reading.of(dir).file("surveys.csv").error());
  }

  @Test
  void aHeaderWithoutARequiredColumnIsAFileErrorNamingIt() throws Exception {
    MiniDataset.write(dir, "surveys.csv", "subscriber_id,score\n460001,9\n");
    assertEquals("surveys.csv: header lacks required column(s) [surveyed_at] of surveys (found: subscriber_id,score)",
        Reading.of(dir).file("surveys.csv").error());
  }

  @Test
  void latin1TextIsRejectedAndALatin1HeaderIsAFileError() throws Exception {
    byte[] latin1Row = "460001,postpaid,T\u00e9l\u00e9phone,1,27,40.5,Central\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] header = "subscriber_id,plan,device_model,device_5g,tenure_months,arpu,region\n".getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[header.length + latin1Row.length];
    System.arraycopy(header, 0, both, 0, header.length);
    System.arraycopy(latin1Row, 0, both, header.length, latin1Row.length);
    Files.write(dir.resolve("subscribers.csv"), both);
    Reading r = Reading.of(dir);
    assertTrue(r.onlyRejection().endsWith("device_model = 'T\ufffdl\ufffdphone': not valid UTF-8 (netnps reads UTF-8 files)"),
        r.onlyRejection());

    Files.write(dir.resolve("surveys.csv"), "subscriber_id,surveyed_\u00e0t,score\n".getBytes(StandardCharsets.ISO_8859_1));
    assertTrue(Reading.of(dir).file("surveys.csv").error().contains("the header is not UTF-8"));
  }

  @Test
  void missingCellsOrSessionsAreErrorsForTheUser() throws Exception {
    Files.delete(dir.resolve("cells.csv"));
    UserException noCells = assertThrows(UserException.class, () -> Reading.of(dir));
    assertTrue(noCells.getMessage().contains("cells.csv is missing"), noCells.getMessage());
    MiniDataset.write(dir);
    Files.delete(dir.resolve("xdr/day1.csv"));
    UserException noXdr = assertThrows(UserException.class, () -> Reading.of(dir));
    assertTrue(noXdr.getMessage().contains("no session records"), noXdr.getMessage());
  }

  @Test
  void pmXmlInADatasetIsCheckedAgainstTheCells() throws Exception {
    try (var in = getClass().getResourceAsStream("/pm/nil-and-compound.xml")) {
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("=C0102", "=C0199");
      MiniDataset.write(dir, "pm/A20260302.0000-0015.xml", xml);
    }
    Reading r = Reading.of(dir);
    FileReport xml = r.file("pm/A20260302.0000-0015.xml");
    assertEquals(10, xml.read(), "6 results, two of them 3-bin distributions");
    assertEquals(5, xml.accepted(), "the values of C0101, NIL included as missing");
    assertEquals(5, xml.rejected(), "the values of C0199, which cells.csv does not have");
    assertEquals("pm/A20260302.0000-0015.xml:15: cell_id = 'C0199': unknown cell: not in cells.csv",
        r.rejections().get(0).describe());
  }

  @Test
  void parquetSessionsAreValidatedLikeCsv() throws Exception {
    Path csv = dir.resolve("xdr/day1.csv");
    Path parquet = dir.resolve("xdr/day1.parquet");
    try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var s = c.createStatement()) {
      s.execute("COPY (SELECT * REPLACE (CASE WHEN service = 'video' THEN '-20.0' ELSE rsrp_dbm END AS rsrp_dbm) "
          + "FROM read_csv('" + csv + "', header = true, all_varchar = true)) TO '" + parquet + "' (FORMAT parquet)");
    }
    Files.delete(csv);
    Reading r = Reading.of(dir);
    FileReport f = r.file("xdr/day1.parquet");
    assertEquals(3, f.read());
    assertEquals(2, f.accepted());
    assertEquals("xdr/day1.parquet:3: rsrp_dbm = '-20.0': must be in [-156, -31]", r.onlyRejection());
  }
}
