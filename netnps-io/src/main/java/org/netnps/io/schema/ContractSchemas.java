package org.netnps.io.schema;

import static org.netnps.io.schema.ColumnSpec.cell;
import static org.netnps.io.schema.ColumnSpec.cellOrSite;
import static org.netnps.io.schema.ColumnSpec.decimal;
import static org.netnps.io.schema.ColumnSpec.flag;
import static org.netnps.io.schema.ColumnSpec.integer;
import static org.netnps.io.schema.ColumnSpec.longText;
import static org.netnps.io.schema.ColumnSpec.oneOf;
import static org.netnps.io.schema.ColumnSpec.text;
import static org.netnps.io.schema.ColumnSpec.timestamp;

import java.util.List;
import org.netnps.core.domain.AlarmSeverity;
import org.netnps.core.domain.CallResult;
import org.netnps.core.domain.Codec;
import org.netnps.core.domain.ComplaintCategory;
import org.netnps.core.domain.Rat;
import org.netnps.core.domain.Service;
import org.netnps.io.validate.ColumnBatch;

/**
 * The files of DATA-CONTRACT.md as schemas. Ranges are physical or reporting limits, so a value
 * outside them is an error in the export, not a rare event: RSRP -156..-31 dBm and SS-SINR
 * -23..40 dB are the 3GPP TS 38.133 reporting ranges (SINR widened to -30..50 for vendors that
 * report beyond them); an xDR session lasts at most a day; PCI 0..1007 (TS 38.211).
 */
public final class ContractSchemas {
  private static final boolean REQUIRED = true;
  private static final boolean OPTIONAL = false;
  private static final long DAY_MS = 86_400_000L;
  private static final double TERABYTE = 1e12;

  public static final TableSchema CELLS = new TableSchema("cells", List.of(
      text("cell_id", REQUIRED),
      text("site_id", REQUIRED),
      oneOf("rat", REQUIRED, Rat.values()),
      decimal("lat", REQUIRED, -90, 90),
      decimal("lon", REQUIRED, -180, 180),
      decimal("azimuth_deg", OPTIONAL, 0, 360),
      decimal("height_m", REQUIRED, 0, 1000),
      decimal("mech_tilt_deg", REQUIRED, -90, 90),
      decimal("elec_tilt_deg", REQUIRED, -90, 90),
      decimal("freq_mhz", REQUIRED, 400, 100_000),
      decimal("bandwidth_mhz", REQUIRED, 1.4, 400),
      decimal("tx_power_dbm", REQUIRED, -10, 80),
      integer("pci", OPTIONAL, 0, 1007),
      text("region", OPTIONAL)), "cell_id", null);

  public static final TableSchema XDR = new TableSchema("xdr", List.of(
      timestamp("start_time", REQUIRED),
      integer("duration_ms", REQUIRED, 0, DAY_MS),
      text("subscriber_id", REQUIRED),
      oneOf("service", REQUIRED, Service.values()),
      cell("cell_id", REQUIRED),
      oneOf("rat", OPTIONAL, Rat.values()),
      decimal("lat", OPTIONAL, -90, 90),
      decimal("lon", OPTIONAL, -180, 180),
      decimal("rsrp_dbm", OPTIONAL, -156, -31),
      decimal("sinr_db", OPTIONAL, -30, 50),
      integer("dl_bytes", OPTIONAL, 0, (long) TERABYTE),
      integer("ul_bytes", OPTIONAL, 0, (long) TERABYTE),
      decimal("dl_kbps", OPTIONAL, 0, 1e7),
      decimal("rtt_ms", OPTIONAL, 0, 60_000),
      decimal("retrans_pct", OPTIONAL, 0, 100),
      decimal("page_load_ms", OPTIONAL, 0, DAY_MS),
      flag("http_ok", OPTIONAL),
      decimal("start_delay_ms", OPTIONAL, 0, DAY_MS),
      integer("stall_count", OPTIONAL, 0, 100_000),
      decimal("stall_ms", OPTIONAL, 0, DAY_MS),
      decimal("bitrate_kbps", OPTIONAL, 0, 1e6),
      integer("height_px", OPTIONAL, 0, 8640),
      oneOf("call_result", OPTIONAL, CallResult.values()),
      decimal("setup_ms", OPTIONAL, 0, 120_000),
      oneOf("codec", OPTIONAL, Codec.values()),
      decimal("codec_kbps", OPTIONAL, 0, 512),
      decimal("loss_pct", OPTIONAL, 0, 100),
      decimal("jitter_ms", OPTIONAL, 0, 10_000),
      decimal("delay_ms", OPTIONAL, 0, 10_000),
      text("tac", OPTIONAL)), null, null);

  public static final TableSchema PM = new TableSchema("pm", List.of(
      timestamp("period_start", REQUIRED),
      integer("period_s", REQUIRED, 1, 86_400),
      cell("cell_id", REQUIRED),
      text("counter", REQUIRED),
      decimal("value", OPTIONAL, -Double.MAX_VALUE, Double.MAX_VALUE),
      flag("suspect", OPTIONAL)), null, null);

  public static final TableSchema ALARMS = new TableSchema("alarms", List.of(
      text("alarm_id", REQUIRED),
      cellOrSite("object_id", REQUIRED),
      timestamp("raised_at", REQUIRED),
      timestamp("cleared_at", OPTIONAL),
      oneOf("severity", REQUIRED, AlarmSeverity.values()),
      longText("probable_cause", OPTIONAL),
      longText("specific_problem", OPTIONAL)), "alarm_id", ContractSchemas::clearedAfterRaised);

  public static final TableSchema SUBSCRIBERS = new TableSchema("subscribers", List.of(
      text("subscriber_id", REQUIRED),
      text("plan", OPTIONAL),
      text("device_model", OPTIONAL),
      flag("device_5g", OPTIONAL),
      integer("tenure_months", OPTIONAL, 0, 1200),
      decimal("arpu", OPTIONAL, 0, 1e6),
      text("region", OPTIONAL)), "subscriber_id", null);

  public static final TableSchema SURVEYS = new TableSchema("surveys", List.of(
      text("subscriber_id", REQUIRED),
      timestamp("surveyed_at", REQUIRED),
      integer("score", REQUIRED, 0, 10)), null, null);

  public static final TableSchema COMPLAINTS = new TableSchema("complaints", List.of(
      text("ticket_id", REQUIRED),
      text("subscriber_id", REQUIRED),
      timestamp("created_at", REQUIRED),
      oneOf("category", REQUIRED, ComplaintCategory.values()),
      decimal("lat", OPTIONAL, -90, 90),
      decimal("lon", OPTIONAL, -180, 180)), "ticket_id", null);

  /** Every table of the contract, in the order a dataset is read (cells first). */
  public static final List<TableSchema> ALL =
      List.of(CELLS, XDR, PM, ALARMS, SUBSCRIBERS, SURVEYS, COMPLAINTS);

  private ContractSchemas() {}

  private static RowRule.Violation clearedAfterRaised(ColumnBatch batch, int row) {
    int raised = ALARMS_RAISED;
    int cleared = ALARMS_CLEARED;
    if (!batch.isMissing(cleared, row) && batch.longAt(cleared, row) < batch.longAt(raised, row)) {
      return new RowRule.Violation("cleared_at", "cleared before it was raised");
    }
    return null;
  }

  private static final int ALARMS_RAISED = 2;
  private static final int ALARMS_CLEARED = 3;
}
