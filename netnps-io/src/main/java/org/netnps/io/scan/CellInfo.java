package org.netnps.io.scan;

/** A cell of cells.csv as the analysis needs it: where it is and which region it serves. */
public record CellInfo(String cellId, String siteId, double lat, double lon, String region) {}
