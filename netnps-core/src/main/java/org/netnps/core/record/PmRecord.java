package org.netnps.core.record;

/** One value of the long PM CSV: a 3GPP counter of a cell over one granularity period. */
public record PmRecord(long periodStart, int periodS, String cellId, String counter, double value) {}
