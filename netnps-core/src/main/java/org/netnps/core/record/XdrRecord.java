package org.netnps.core.record;

import org.netnps.core.domain.CallResult;
import org.netnps.core.domain.Codec;
import org.netnps.core.domain.Rat;
import org.netnps.core.domain.Service;

/**
 * One session record as a probe writes it (the xdr/ layout of the data contract). Mutable and
 * reused on hot paths; a missing number is {@link Double#NaN} or {@link #MISSING}, a missing
 * vocabulary value is null.
 */
public final class XdrRecord {
  /** Marker of a missing integer field. */
  public static final long MISSING = Long.MIN_VALUE;

  public long startTime;
  public long durationMs;
  public String subscriberId;
  public Service service;
  public String cellId;
  public Rat rat;
  public double lat = Double.NaN;
  public double lon = Double.NaN;
  public double rsrpDbm = Double.NaN;
  public double sinrDb = Double.NaN;
  public long dlBytes = MISSING;
  public long ulBytes = MISSING;
  public double dlKbps = Double.NaN;
  public double rttMs = Double.NaN;
  public double retransPct = Double.NaN;
  // web
  public double pageLoadMs = Double.NaN;
  public int httpOk = -1;
  // video
  public double startDelayMs = Double.NaN;
  public long stallCount = MISSING;
  public double stallMs = Double.NaN;
  public double bitrateKbps = Double.NaN;
  public long heightPx = MISSING;
  // voice (and gaming: jitter, loss)
  public CallResult callResult;
  public double setupMs = Double.NaN;
  public Codec codec;
  public double codecKbps = Double.NaN;
  public double lossPct = Double.NaN;
  public double jitterMs = Double.NaN;
  public double delayMs = Double.NaN;
  public String tac;
}
