package org.netnps.io.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Integration: the independent generator's sample dataset in ../shared reads with zero rejects. */
class SampleDatasetIntegrationTest {
  static Path shared() {
    return Path.of(System.getProperty("netnps.shared", "../../shared"));
  }

  @Test
  void theSharedSampleDatasetReadsWithZeroRejects() {
    Path sample = shared().resolve("sample-dataset");
    assertTrue(Files.isDirectory(sample), "../shared/sample-dataset is needed (present in CI): " + sample);
    Reading r = Reading.of(sample);
    assertFalse(r.report().hasErrors(), r.report().files().toString());
    assertEquals(0, r.report().rejected(), r.rejections().toString());
    assertEquals(r.report().read(), r.report().accepted());
    assertTrue(r.report().accepted() > 1_000_000, "cells, 3 days of xDRs, PM, alarms, ...");
  }
}
