package org.netnps.io.scan;

import org.netnps.core.diagnosis.CellConfig;

/** A cell of cells.csv as the analysis needs it: where it is, which region it serves, its configuration. */
public record CellInfo(String cellId, String siteId, double lat, double lon, String region, CellConfig config) {}
