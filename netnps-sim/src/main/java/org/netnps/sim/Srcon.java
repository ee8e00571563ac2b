package org.netnps.sim;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.netnps.core.record.AlarmRecord;
import org.netnps.core.record.CellRecord;
import org.netnps.core.record.ComplaintRecord;
import org.netnps.core.record.DatasetSink;
import org.netnps.core.record.SubscriberRecord;
import org.netnps.core.record.XdrRecord;
import org.netnps.sim.behaviour.Satisfaction;
import org.netnps.sim.counters.CellCounters;
import org.netnps.sim.load.CellLoad;
import org.netnps.sim.load.LoadSolver;
import org.netnps.sim.network.Cell;
import org.netnps.sim.network.Network;
import org.netnps.sim.population.Population;
import org.netnps.sim.problem.AlarmGenerator;
import org.netnps.sim.problem.Effects;
import org.netnps.sim.problem.Problem;
import org.netnps.sim.problem.ProblemType;
import org.netnps.sim.radio.Link;
import org.netnps.sim.radio.RadioMap;
import org.netnps.sim.radio.RadioMaps;
import org.netnps.sim.radio.Serving;
import org.netnps.sim.session.ChunkResult;
import org.netnps.sim.session.Outcome;
import org.netnps.sim.session.SessionRealiser;
import org.netnps.sim.traffic.DaySessions;
import org.netnps.sim.traffic.SessionPlanner;
import org.netnps.sim.truth.Calibration;
import org.netnps.sim.truth.TruthSink;

/**
 * SRCON, the simulated reality of communication networks: runs a scenario day by day (plan the
 * sessions, solve the load, realise the sessions, count, update satisfaction, survey) and streams
 * the dataset to a sink and the ground truth to another. Work is split into chunks of subscribers
 * whose results are consumed in order, so the output does not depend on the number of threads.
 */
public final class Srcon {
  static final long DAY_MS = 86_400_000L;
  static final int CHUNK = 2_000;

  private final World world;
  private final int threads;
  private final RadioMaps maps;
  private Calibration calibration;

  public Srcon(World world, int threads) {
    this(world, threads, new RadioMaps());
  }

  /** A run that shares radio maps with other runs of the same world (what-if runs). */
  public Srcon(World world, int threads, RadioMaps maps) {
    this.world = world;
    this.threads = Math.max(1, threads);
    this.maps = maps;
  }

  /**
   * Days simulated before the dataset starts (nothing written) to warm the subscribers'
   * satisfaction memory up to its steady state, so the city does not start with a blank memory
   * (docs/simulator.md "Burn-in").
   */
  public static final int BURN_IN_DAYS = 3;

  public Outcomes run(DatasetSink sink, TruthSink truth) throws IOException {
    return run(sink, truth, null, 0);
  }

  /**
   * @param intervention changes applied at the start of its day, or null
   * @param measureFromDay first day counted in the outcomes' window
   */
  public Outcomes run(DatasetSink sink, TruthSink truth, Intervention intervention, int measureFromDay)
      throws IOException {
    Scenario sc = world.scenario();
    Population pop = world.population();
    Network network = world.network();
    long seed = sc.seed();
    double scale = world.loadScale();
    Outcomes outcomes = new Outcomes(pop.size, measureFromDay);
    calibration = new Calibration(sc.utcOffsetHours());
    Satisfaction satisfaction = new Satisfaction(pop, seed);
    List<Problem> problems = new ArrayList<>(world.problems());
    Effects effects = new Effects(problems, network);
    writeStatic(sink, truth, problems);
    SessionPlanner planner = new SessionPlanner(pop, world.grid(), seed);
    Customers customers = new Customers(sc, pop, satisfaction, outcomes);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "srcon");
      t.setDaemon(true);
      return t;
    });
    try {
      RadioMap map = null;
      String mapKey = null;
      CellLoad load = null;
      CellCounters counters = null;
      Outcomes burnInOutcomes = new Outcomes(pop.size, 0);
      for (int day = -BURN_IN_DAYS; day < sc.days(); day++) {
        boolean burnIn = day < 0;
        DatasetSink daySink = burnIn ? DatasetSink.discard() : sink;
        Outcomes dayOutcomes = burnIn ? burnInOutcomes : outcomes;
        long dayStart = sc.start() + day * DAY_MS;
        LocalDate date = sc.firstDay().plusDays(day);
        if (intervention != null && day == intervention.fromDay()) {
          problems = new ArrayList<>(intervention.apply(world, problems, dayStart));
          effects = new Effects(problems, network);
        }
        Network radio = radioNetwork(network, effects, dayStart);
        String key = radioKey(radio);
        if (!key.equals(mapKey)) {
          map = maps.get(key, () -> RadioMap.compute(radio, world.grid(), world.shadow(), seed));
          mapKey = key;
        }
        if (load == null || load.cells() != network.cells().size()) {
          load = new CellLoad(network.cells().size(), 0.3f);
          counters = new CellCounters(network);
        }
        Serving serving = new Serving(map, radio, effects);
        List<DaySessions> chunks = plan(planner, serving, satisfaction, effects, day, date, dayStart, load, pool);
        LoadSolver.solve(chunks, serving, radio, pop, effects, scale, dayStart, load, pool);
        SessionRealiser realiser = new SessionRealiser(radio, pop, serving, effects, load, satisfaction,
            dayOutcomes, seed, day, dayStart);
        realise(chunks, realiser, counters, daySink, pool);
        counters.emit(dayStart, day, load, effects, scale, seed, daySink);
        if (burnIn) {
          satisfaction.burnInDay();
          if (day == -1) {
            satisfaction.warmStart(BURN_IN_DAYS);
            calibration = new Calibration(sc.utcOffsetHours());
          }
          continue;
        }
        calibrateLoad(load, dayStart);
        satisfaction.endDay(day);
        customers.endOfDay(day, dayStart, sink);
        if (day + 1 < sc.days()) {
          customers.survey(day + 1, dayStart + DAY_MS, sink, truth);
        }
      }
      for (AlarmRecord a : AlarmGenerator.generate(world.problems(), network, sc.start(), sc.end(), seed)) {
        sink.alarm(a);
      }
      truth.summary(summary(customers.closePeriod(truth), outcomes));
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private List<DaySessions> plan(SessionPlanner planner, Serving serving, Satisfaction satisfaction,
      Effects effects, int day, LocalDate date, long dayStart, CellLoad load, ExecutorService pool) {
    Population pop = world.population();
    double[] event = eventOf(effects, dayStart);
    List<Future<DaySessions>> futures = new ArrayList<>();
    for (int from = 0; from < pop.size; from += CHUNK) {
      int lo = from;
      int hi = Math.min(pop.size, from + CHUNK);
      futures.add(pool.submit(() -> {
        DaySessions d = new DaySessions();
        Link home = new Link();
        for (int s = lo; s < hi; s++) {
          double engagement = Math.exp(-0.08 * satisfaction.networkPenalty(s));
          serving.serve(world.grid().pixel(pop.homeX[s], pop.homeY[s]), pop.homeIndoorDb[s],
              pop.deviceOf(s).nr(), dayStart + 20 * 3_600_000L, load.utilisation[80], home);
          double homeRsrp = home.served() ? home.rsrpDbm : -140;
          double offload = Distributions.clip((-108 - homeRsrp) / 15, 0, 1) * 0.5;
          planner.plan(s, day, date, dayStart, engagement, offload, event, d);
        }
        return d;
      }));
    }
    List<DaySessions> chunks = new ArrayList<>();
    for (Future<DaySessions> f : futures) {
      chunks.add(Futures.get(f));
    }
    return chunks;
  }

  private void realise(List<DaySessions> chunks, SessionRealiser realiser, CellCounters counters,
      DatasetSink sink, ExecutorService pool) throws IOException {
    Deque<Future<ChunkResult>> window = new ArrayDeque<>();
    int next = 0;
    while (next < chunks.size() || !window.isEmpty()) {
      while (next < chunks.size() && window.size() <= threads) {
        DaySessions chunk = chunks.get(next++);
        window.add(pool.submit(() -> realiser.realise(chunk)));
      }
      ChunkResult r = Futures.get(window.poll());
      for (XdrRecord x : r.xdrs) {
        sink.xdr(x);
        calibration.session(x);
      }
      for (int i = 0; i < r.outcomes.size(); i++) {
        int[] cb = r.cellBins.get(i);
        Outcome o = r.outcomes.get(i);
        XdrRecord x = r.xdrs.get(i);
        counters.add(cb[0], cb[1], o.accessFailed, o.dropped, o.activeSeconds, x.dlKbps, o.dlBytes,
            o.handovers, o.handoverFailures);
      }
      for (ComplaintRecord c : r.complaints) {
        sink.complaint(c);
        calibration.complaint();
      }
    }
  }

  /** PRB utilisation by hour and each cell's busy hour, for the calibration figures. */
  private void calibrateLoad(CellLoad load, long dayStart) {
    for (int c = 0; c < load.cells(); c++) {
      double busiest = 0;
      for (int h = 0; h < 24; h++) {
        double hour = 0;
        for (int q = 0; q < 4; q++) {
          int b = h * 4 + q;
          hour += load.utilisation[b][c] / 4;
          calibration.prb(dayStart + b * CellLoad.BIN_MS, load.utilisation[b][c]);
        }
        busiest = Math.max(busiest, hour);
      }
      calibration.busyHourPrb(busiest);
    }
  }

  private Map<String, Object> summary(Map<String, Object> figures, Outcomes outcomes) {
    Scenario sc = world.scenario();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("scenario", sc.name());
    summary.put("preset", sc.preset().name().toLowerCase());
    summary.put("seed", sc.seed());
    summary.put("subscribers", sc.subscribers());
    summary.putAll(figures);
    summary.put("problems", world.problems().size());
    long noService = 0;
    long sessions = 0;
    for (int s = 0; s < outcomes.size(); s++) {
      noService += outcomes.noService[s];
      sessions += outcomes.sessions[s];
    }
    summary.put("calibration", calibration.figures(sc.subscribers(), sc.days(), noService, sessions));
    return summary;
  }

  private void writeStatic(DatasetSink sink, TruthSink truth, List<Problem> problems) throws IOException {
    Scenario sc = world.scenario();
    sink.manifest(sc.name(), sc.timezone(), 9);
    Network network = world.network();
    LocalFrame frame = network.frame();
    for (Cell c : network.cells()) {
      sink.cell(new CellRecord(c.id, c.site.id(), c.layer.rat, round(frame.lat(c.site.y()), 6),
          round(frame.lon(c.site.x()), 6), round(c.azimuthDeg, 1), round(c.site.heightM(), 1), c.mechTiltDeg,
          round(c.elecTiltDeg + misTilt(c, problems), 1), c.layer.freqMhz,
          c.layer.bandwidthMhz * c.carriers, c.txPowerDbm, c.pci, c.site.region()));
    }
    Population pop = world.population();
    for (int s = 0; s < pop.size; s++) {
      sink.subscriber(new SubscriberRecord(pop.id[s], pop.planOf(s).name(), pop.deviceOf(s).model(),
          pop.deviceOf(s).nr(), pop.tenureMonths[s], pop.arpu[s], pop.region[s]));
    }
    for (Problem p : problems) {
      truth.problem(p, Double.isNaN(p.y()) ? Double.NaN : frame.lat(p.y()), Double.isNaN(p.x()) ? Double.NaN : frame.lon(p.x()));
    }
  }

  /**
   * Extra downtilt of a mis-tilted cell: the configuration export shows the tilt the cell has at
   * the end of the period, since a mis-tilt is a configuration error, visible in CM.
   */
  private static double misTilt(Cell c, List<Problem> problems) {
    double extra = 0;
    for (Problem p : problems) {
      if (p.type() == ProblemType.MIS_TILT && p.cellIds().contains(c.id)) {
        extra += p.magnitude();
      }
    }
    return extra;
  }

  /** The network as radio sees it on a day: mis-tilts active at the day's start applied. */
  static Network radioNetwork(Network network, Effects effects, long dayStart) {
    Network radio = network.copy();
    for (Cell c : radio.cells()) {
      double extra = effects.extraTiltDeg(c.index, dayStart + 1);
      c.elecTiltDeg += extra;
    }
    return radio;
  }

  /** What a radio map depends on besides the world's grid, shadowing and seed: each cell's place and setting. */
  private static String radioKey(Network radio) {
    StringBuilder b = new StringBuilder();
    for (Cell c : radio.cells()) {
      b.append(c.layer.ordinal()).append(',').append(c.site.x()).append(',').append(c.site.y()).append(',')
          .append(c.site.heightM()).append(',').append(c.azimuthDeg).append(',').append(c.totalTiltDeg()).append(',')
          .append(c.txPowerDbm).append(';');
    }
    return b.toString();
  }

  private double[] eventOf(Effects effects, long dayStart) {
    for (Problem p : effects.events()) {
      if (p.overlaps(dayStart, dayStart + DAY_MS)) {
        return new double[] {p.x(), p.y(), (p.start() - dayStart) / 3_600_000.0, (p.end() - dayStart) / 3_600_000.0};
      }
    }
    return null;
  }

  private static double round(double v, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(v * f) / f;
  }


}
