package org.netnps.io.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** A small, valid dataset written into a folder, to be spoiled by each test as it needs. */
public final class MiniDataset {
  public static final String CELLS = """
      cell_id,site_id,rat,lat,lon,azimuth_deg,height_m,mech_tilt_deg,elec_tilt_deg,freq_mhz,bandwidth_mhz,tx_power_dbm,pci,region
      C0101,S01,LTE,1.2800,103.8300,0,30,0,4,1840,20,46,101,Central
      C0102,S01,LTE,1.2800,103.8300,120,30,0,4,1840,20,46,102,Central
      N0101,S01,NR,1.2800,103.8300,,25,2,6,3500,100,49,,Central
      """;
  public static final String XDR_HEADER = "start_time,duration_ms,subscriber_id,service,cell_id,rat,lat,lon,"
      + "rsrp_dbm,sinr_db,dl_bytes,ul_bytes,dl_kbps,rtt_ms,retrans_pct,page_load_ms,http_ok,start_delay_ms,"
      + "stall_count,stall_ms,bitrate_kbps,height_px,call_result,setup_ms,codec,codec_kbps,loss_pct,jitter_ms,delay_ms,tac\n";
  public static final String XDR_WEB =
      "2026-03-02T08:00:00Z,2000,460001,web,C0101,LTE,1.281,103.831,-95.5,12.0,500000,20000,8000,30,0.5,900,1,,,,,,,,,,,,,35000001\n";
  public static final String XDR_VOICE =
      "2026-03-02T08:01:00+08:00,60000,460002,voice,N0101,NR,,,-101.0,5.0,,,,40,,,,,,,,,completed,1500,EVS,24.4,0.5,12,120,\n";
  public static final String XDR_VIDEO =
      "1772438400000,120000,460001,video,C0102,LTE,,,-110,3,90000000,100000,12000,45,1.0,,,1200,2,3500,3000,720,,,,,,,,\n";

  private MiniDataset() {}

  /** cells.csv, xdr/day1.csv with three sessions, and one row of every optional file. */
  public static Path write(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("xdr"));
    Files.createDirectories(dir.resolve("pm"));
    write(dir, "dataset.json", "{\"name\": \"mini\", \"timezone\": \"Asia/Singapore\", \"grid_resolution\": 9}");
    write(dir, "cells.csv", CELLS);
    write(dir, "xdr/day1.csv", XDR_HEADER + XDR_WEB + XDR_VOICE + XDR_VIDEO);
    write(dir, "pm/pm.csv", "period_start,period_s,cell_id,counter,value\n"
        + "2026-03-02T08:00:00Z,900,C0101,RRC.ConnEstabAtt,120\n2026-03-02T08:00:00Z,900,C0101,RRC.ConnEstabSucc,\n");
    write(dir, "alarms.csv", "alarm_id,object_id,raised_at,cleared_at,severity,probable_cause,specific_problem\n"
        + "A1,S01,2026-03-02T07:00:00Z,2026-03-02T07:30:00Z,major,powerProblem,\"Rectifier, unit 2\"\n");
    write(dir, "subscribers.csv", "subscriber_id,plan,device_model,device_5g,tenure_months,arpu,region\n"
        + "460001,postpaid,Fone 12,1,27,40.5,Central\n460002,prepaid,,0,3,9.9,\n");
    write(dir, "surveys.csv", "subscriber_id,surveyed_at,score\n460001,2026-03-02T12:00:00Z,9\n");
    write(dir, "complaints.csv", "ticket_id,subscriber_id,created_at,category,lat,lon\n"
        + "T1,460002,2026-03-02T13:00:00Z,voice,,\n");
    return dir;
  }

  public static void write(Path dir, String file, String content) throws IOException {
    Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
  }

  public static void gzip(Path dir, String file, byte[] content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(file)))) {
      out.write(content);
    }
  }
}
