package org.netnps.core.record;

import org.netnps.core.domain.Rat;

/** One row of cells.csv: a cell's configuration (CM) snapshot. NaN azimuth means omni. */
public record CellRecord(
    String cellId,
    String siteId,
    Rat rat,
    double lat,
    double lon,
    double azimuthDeg,
    double heightM,
    double mechTiltDeg,
    double elecTiltDeg,
    double freqMhz,
    double bandwidthMhz,
    double txPowerDbm,
    int pci,
    String region) {}
