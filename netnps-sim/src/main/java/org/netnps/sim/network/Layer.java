package org.netnps.sim.network;

import org.netnps.core.domain.Rat;
import org.netnps.sim.radio.LinkAbstraction;

/**
 * A carrier layer of the simulated operator. PRB counts from TS 36.101 / TS 38.101-1 Table
 * 5.3.2-1; overheads and the TDD downlink share from TS 38.306 4.1.2 and research/simulator.md 2.
 */
public enum Layer {
  /** LTE band 3 (1800 MHz FDD), 20 MHz, 100 PRB at 15 kHz, 46 dBm, 2x2 MIMO. */
  LTE_1800(Rat.LTE, 1842.5, 20, 100, 15_000, 46, 2, 1.0, 0.25, 0, 2, LinkAbstraction.LTE, 150_000),
  /** NR n78 (3.5 GHz TDD DDDSU), 100 MHz, 273 PRB at 30 kHz, 50 dBm AAU, 4 layers. */
  NR_3500(Rat.NR, 3500, 100, 273, 30_000, 50, 4, 0.74, 0.14, 4, 0, LinkAbstraction.NR, 1_500_000);

  public final Rat rat;
  public final double freqMhz;
  public final double bandwidthMhz;
  public final int prbs;
  public final double subcarrierHz;
  public final double txPowerDbm;
  public final int maxLayers;
  /** Share of air time carrying downlink (TDD pattern), 1 for FDD. */
  public final double downlinkShare;
  /** Share of resource elements spent on control and reference signals. */
  public final double overhead;
  /** Beamforming gain over a passive panel (massive MIMO AAU), dB. */
  public final double beamGainDb;
  /** Feeder and connector loss, dB (0 for an active antenna unit). */
  public final double feederLossDb;
  public final LinkAbstraction link;
  /** Highest user throughput a device category reaches on this layer, kbit/s. */
  public final double deviceCapKbps;

  Layer(Rat rat, double freqMhz, double bandwidthMhz, int prbs, double subcarrierHz,
      double txPowerDbm, int maxLayers, double downlinkShare, double overhead, double beamGainDb,
      double feederLossDb, LinkAbstraction link, double deviceCapKbps) {
    this.rat = rat;
    this.freqMhz = freqMhz;
    this.bandwidthMhz = bandwidthMhz;
    this.prbs = prbs;
    this.subcarrierHz = subcarrierHz;
    this.txPowerDbm = txPowerDbm;
    this.maxLayers = maxLayers;
    this.downlinkShare = downlinkShare;
    this.overhead = overhead;
    this.beamGainDb = beamGainDb;
    this.feederLossDb = feederLossDb;
    this.link = link;
    this.deviceCapKbps = deviceCapKbps;
  }

  /** Resource elements per OFDM symbol: 12 subcarriers per PRB. */
  public int subcarriers() {
    return prbs * 12;
  }

  /** Bandwidth that carries user data, Hz. */
  public double occupiedHz() {
    return subcarriers() * subcarrierHz;
  }

  /** Downlink data bandwidth after overhead and the TDD share, Hz. */
  public double dataHz() {
    return occupiedHz() * (1 - overhead) * downlinkShare;
  }
}
