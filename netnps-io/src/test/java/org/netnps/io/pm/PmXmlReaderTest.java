package org.netnps.io.pm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.netnps.core.UserException;

/** Counts asserted here are those of the fixtures' PROVENANCE.md (computed upstream with ElementTree). */
class PmXmlReaderTest {
  private final List<PmValue> values = new ArrayList<>();

  private PmFileStats read(String resource, CounterMapping mapping) throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/pm/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return new PmXmlReader(mapping).read(in, resource, values::add);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "onap/32.435/A20181002.0000-1000-0015-1000_5G.xml, TS 32.435, 3, 7, 12, 28, 2",
    "onap/32.435/ABigFile.xml, TS 32.435, 6, 14, 24, 56, 4",
    "oran/A20220418.1900-1915_seliitdus00487.xml, TS 32.435, 34, 125, 880, 2667, 2",
    "oran/D20241211.0934+0000-0936+0000_Keysight_GNB-1_28.532.xml, TS 28.532, 94, 166, 212, 284, 0",
    "onap/32.435/no_measdata.xml, TS 32.435, 0, 0, 0, 0, 0",
    "onap/28.532/C20190329.0000-0015.xml, TS 28.532, 3, 3, 12, 12, 0"
  })
  void countsMatchTheProvenanceOfRealFiles(String file, String format, int measInfo, int measValue,
      int measType, int results, int suspect) throws Exception {
    PmFileStats s = read(file, CounterMapping.none());
    assertEquals(new PmFileStats(format, measInfo, measValue, measType, results, suspect), s);
  }

  @Test
  void theAnnexExampleGivesPeriodCellSuspectAndCompoundBins() throws Exception {
    read("onap/32.435/A20181002.0000-1000-0015-1000_5G.xml", CounterMapping.none());
    PmValue first = values.get(0);
    // granPeriod endTime 2000-03-01T14:14:30+02:00, duration PT900S
    assertEquals(java.time.OffsetDateTime.parse("2000-03-01T12:14:30Z").toInstant().toEpochMilli() - 900_000,
        first.periodStartMs());
    assertEquals(900, first.periodS());
    assertEquals("Gbg-997", first.cellId());
    assertEquals("attTCHSeizures", first.counter());
    assertEquals("234", first.value());
    assertTrue(values.stream().filter(v -> v.cellId().equals("Gbg-999")).allMatch(PmValue::suspect));
    assertEquals(9, values.stream().filter(v -> v.counter().contains(".Bin")).count(),
        "86,87,2,6,77,96,75,33,24 is a 9-bin distribution");
  }

  @Test
  void nilIsMissingAndVendorNamesAreMappedTo3gpp() throws Exception {
    PmFileStats s = read("nil-and-compound.xml", CounterMapping.defaults());
    assertEquals(6, s.results());
    PmValue att = values.get(0);
    assertEquals("C0101", att.cellId());
    assertEquals("RRC.ConnEstabAtt", att.counter());
    assertEquals("RRC.ConnEstabSucc", values.get(1).counter());
    assertNull(values.get(1).value(), "NIL");
    assertEquals(List.of("pmPrbUsedDlDistr.Bin1", "pmPrbUsedDlDistr.Bin2", "pmPrbUsedDlDistr.Bin3"),
        values.subList(2, 5).stream().map(PmValue::counter).toList());
    assertTrue(values.get(5).suspect());
  }

  @Test
  void ericssonCountersOfARealFileAreRenamed() throws Exception {
    read("oran/A20220418.1900-1915_seliitdus00487.xml", CounterMapping.defaults());
    assertTrue(values.stream().anyMatch(v -> v.counter().equals("ERAB.EstabInitAttNbr")));
    assertTrue(values.stream().noneMatch(v -> v.counter().equals("pmErabEstabAttInit")));
  }

  @ParameterizedTest
  @CsvSource({
    "onap/invalid/lte_no_file_header.xml, the file header is required",
    "onap/invalid/lte_no_managed_element.xml, needs a <managedElement> first",
    "hostile/xxe.xml, DOCTYPE declarations are not allowed",
    "hostile/billion-laughs.xml, DOCTYPE declarations are not allowed",
    "hostile/external-dtd.xml, DOCTYPE declarations are not allowed"
  })
  void invalidAndHostileFilesAreRefusedWithAClearMessage(String file, String message) {
    UserException e = assertThrows(UserException.class, () -> read(file, CounterMapping.none()));
    assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void lastRdnValueIsTheCell() {
    assertEquals("C0101", PmXmlReader.lastRdnValue("ManagedElement=1,ENodeBFunction=1,EUtranCellFDD=C0101"));
    assertEquals("objLdn", PmXmlReader.lastRdnValue("objLdn"));
  }
}
