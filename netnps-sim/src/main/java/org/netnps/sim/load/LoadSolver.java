package org.netnps.sim.load;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.netnps.sim.Futures;
import org.netnps.sim.network.Network;
import org.netnps.sim.population.Population;
import org.netnps.sim.problem.Effects;
import org.netnps.sim.radio.Link;
import org.netnps.sim.radio.Serving;
import org.netnps.sim.traffic.DaySessions;
import org.netnps.sim.traffic.ServiceDemand;

/**
 * The load-coupled fixed point of a day (research/simulator.md 9.1 step 4): every planned
 * session is served under the current utilisation, its mean volume costs airtime = bits / C_u
 * (C_u its full-cell rate), scaled up to the whole base it represents; each cell's offered load
 * is that airtime over the bin (plus crowds that are not simulated subscribers, divided by the
 * cell's carriers); utilisation = min(1, offered) feeds the next iteration's interference. Three
 * damped iterations. Chunks are summed in a fixed order, so results do not depend on threads.
 */
public final class LoadSolver {
  static final int ITERATIONS = 3;

  private LoadSolver() {}

  public static void solve(List<DaySessions> chunks, Serving serving, Network network, Population population,
      Effects effects, double scale, long dayStart, CellLoad load, ExecutorService pool) {
    int cells = network.cells().size();
    for (int it = 0; it < ITERATIONS; it++) {
      List<Future<float[][]>> parts = new ArrayList<>();
      for (DaySessions chunk : chunks) {
        parts.add(pool.submit(() -> airtime(chunk, serving, population, scale, dayStart, load)));
      }
      float[][] offered = new float[CellLoad.BINS][cells];
      for (Future<float[][]> f : parts) {
        float[][] part = Futures.get(f);
        for (int b = 0; b < CellLoad.BINS; b++) {
          for (int c = 0; c < cells; c++) {
            offered[b][c] += part[b][c];
          }
        }
      }
      for (int b = 0; b < CellLoad.BINS; b++) {
        long t = dayStart + b * CellLoad.BIN_MS + CellLoad.BIN_MS / 2;
        for (int c = 0; c < cells; c++) {
          double o = offered[b][c] + effects.extraLoad(c, t) / network.cell(c).carriers;
          if (effects.down(c, t)) {
            o = 0;
          }
          double damped = it == 0 ? o : 0.5 * load.offered[b][c] + 0.5 * o;
          load.offered[b][c] = (float) damped;
          load.utilisation[b][c] = (float) Math.min(1, damped);
        }
      }
    }
  }

  private static float[][] airtime(DaySessions d, Serving serving, Population population, double scale,
      long dayStart, CellLoad load) {
    float[][] offered = new float[CellLoad.BINS][load.cells()];
    Link link = new Link();
    for (int i = 0; i < d.size; i++) {
      int bin = bin(d.start[i], dayStart);
      int s = d.subscriber[i];
      serving.serve(d.pixel[i], d.lossDb[i], population.deviceOf(s).nr(), d.start[i], load.utilisation[bin], link);
      if (!link.served()) {
        continue;
      }
      int service = d.service[i];
      double seconds = ServiceDemand.MEAN_BITS[service] / (Math.max(link.fullCellKbps, 50) * 1000);
      double perBinShare = scale * seconds / (CellLoad.BIN_MS / 1000.0);
      int spanBins = Math.max(1, (int) Math.round(ServiceDemand.MEAN_SECONDS[service] / 900));
      for (int k = 0; k < spanBins && bin + k < CellLoad.BINS; k++) {
        offered[bin + k][link.cell] += (float) (perBinShare / spanBins);
      }
    }
    return offered;
  }

  public static int bin(long time, long dayStart) {
    return (int) Math.max(0, Math.min(CellLoad.BINS - 1, (time - dayStart) / CellLoad.BIN_MS));
  }

}
