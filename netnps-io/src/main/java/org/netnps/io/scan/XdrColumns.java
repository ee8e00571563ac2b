package org.netnps.io.scan;

import java.util.Set;
import org.netnps.core.domain.CallResult;
import org.netnps.core.domain.Codec;
import org.netnps.core.domain.Rat;
import org.netnps.core.domain.Service;
import org.netnps.core.record.XdrRecord;
import org.netnps.io.schema.ContractSchemas;
import org.netnps.io.schema.TableSchema;
import org.netnps.io.validate.ColumnBatch;

/** Copies one accepted xDR row of a {@link ColumnBatch} into a reused {@link XdrRecord}. */
final class XdrColumns {
  private static final TableSchema S = ContractSchemas.XDR;
  static final int START = S.indexOf("start_time");
  private static final int DURATION = S.indexOf("duration_ms");
  private static final int SERVICE = S.indexOf("service");
  private static final int RAT = S.indexOf("rat");
  static final int LAT = S.indexOf("lat");
  static final int LON = S.indexOf("lon");
  private static final int RSRP = S.indexOf("rsrp_dbm");
  private static final int SINR = S.indexOf("sinr_db");
  private static final int DL_BYTES = S.indexOf("dl_bytes");
  private static final int UL_BYTES = S.indexOf("ul_bytes");
  private static final int DL_KBPS = S.indexOf("dl_kbps");
  private static final int RTT = S.indexOf("rtt_ms");
  private static final int RETRANS = S.indexOf("retrans_pct");
  private static final int PLT = S.indexOf("page_load_ms");
  private static final int HTTP_OK = S.indexOf("http_ok");
  private static final int START_DELAY = S.indexOf("start_delay_ms");
  private static final int STALLS = S.indexOf("stall_count");
  private static final int STALL_MS = S.indexOf("stall_ms");
  private static final int BITRATE = S.indexOf("bitrate_kbps");
  private static final int HEIGHT = S.indexOf("height_px");
  private static final int CALL_RESULT = S.indexOf("call_result");
  private static final int SETUP = S.indexOf("setup_ms");
  private static final int CODEC = S.indexOf("codec");
  private static final int CODEC_KBPS = S.indexOf("codec_kbps");
  private static final int LOSS = S.indexOf("loss_pct");
  private static final int JITTER = S.indexOf("jitter_ms");
  private static final int DELAY = S.indexOf("delay_ms");
  static final int SUBSCRIBER = S.indexOf("subscriber_id");
  static final int CELL = S.indexOf("cell_id");
  private static final Service[] SERVICES = Service.values();
  private static final Rat[] RATS = Rat.values();
  private static final CallResult[] RESULTS = CallResult.values();
  private static final Codec[] CODECS = Codec.values();

  /** Every column {@link #fill} and the scan read. */
  private static final Set<Integer> READ = Set.of(START, DURATION, SERVICE, RAT, LAT, LON, RSRP, SINR, DL_BYTES,
      UL_BYTES, DL_KBPS, RTT, RETRANS, PLT, HTTP_OK, START_DELAY, STALLS, STALL_MS, BITRATE, HEIGHT, CALL_RESULT,
      SETUP, CODEC, CODEC_KBPS, LOSS, JITTER, DELAY, SUBSCRIBER, CELL);

  private XdrColumns() {}

  /** Whether the scan reads a column of the xDR table (all but the device's TAC). */
  static boolean reads(String column) {
    return READ.contains(S.indexOf(column));
  }

  static void fill(ColumnBatch b, int row, XdrRecord x) {
    x.startTime = b.longAt(START, row);
    x.durationMs = b.longAt(DURATION, row);
    x.service = SERVICES[b.codeAt(SERVICE, row)];
    x.rat = enumOrNull(RATS, b.codeAt(RAT, row));
    x.lat = b.doubleAt(LAT, row);
    x.lon = b.doubleAt(LON, row);
    x.rsrpDbm = b.doubleAt(RSRP, row);
    x.sinrDb = b.doubleAt(SINR, row);
    x.dlBytes = b.longAt(DL_BYTES, row);
    x.ulBytes = b.longAt(UL_BYTES, row);
    x.dlKbps = b.doubleAt(DL_KBPS, row);
    x.rttMs = b.doubleAt(RTT, row);
    x.retransPct = b.doubleAt(RETRANS, row);
    x.pageLoadMs = b.doubleAt(PLT, row);
    long ok = b.longAt(HTTP_OK, row);
    x.httpOk = ok == ColumnBatch.MISSING_LONG ? -1 : (int) ok;
    x.startDelayMs = b.doubleAt(START_DELAY, row);
    x.stallCount = b.longAt(STALLS, row);
    x.stallMs = b.doubleAt(STALL_MS, row);
    x.bitrateKbps = b.doubleAt(BITRATE, row);
    x.heightPx = b.longAt(HEIGHT, row);
    x.callResult = enumOrNull(RESULTS, b.codeAt(CALL_RESULT, row));
    x.setupMs = b.doubleAt(SETUP, row);
    x.codec = enumOrNull(CODECS, b.codeAt(CODEC, row));
    x.codecKbps = b.doubleAt(CODEC_KBPS, row);
    x.lossPct = b.doubleAt(LOSS, row);
    x.jitterMs = b.doubleAt(JITTER, row);
    x.delayMs = b.doubleAt(DELAY, row);
  }

  private static <E> E enumOrNull(E[] values, int code) {
    return code == ColumnBatch.MISSING_CODE ? null : values[code];
  }
}
