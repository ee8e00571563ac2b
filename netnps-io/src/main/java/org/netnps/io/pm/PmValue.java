package org.netnps.io.pm;

/**
 * One result of a 3GPP PM file: counter {@code counter} of object {@code cellId} (the last RDN of
 * {@code measObjLdn}) over the granularity period starting at {@code periodStartMs}. {@code value}
 * is the text of the result, null for NIL or empty; {@code line} is where its measValue starts.
 */
public record PmValue(
    long periodStartMs, int periodS, String measObjLdn, String cellId, String counter,
    String value, boolean suspect, long line) {}
