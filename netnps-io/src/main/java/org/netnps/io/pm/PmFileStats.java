package org.netnps.io.pm;

/**
 * What a 3GPP PM file held, counted as its PROVENANCE counts it: measInfo, measValue, measType
 * elements (or names in measTypes lists), results (r elements or measResults entries) and
 * measValues flagged suspect.
 */
public record PmFileStats(
    String format, int measInfo, int measValue, int measType, int results, int suspect) {}
