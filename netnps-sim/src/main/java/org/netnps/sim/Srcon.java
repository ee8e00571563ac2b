package org.netnps.sim;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.netnps.core.domain.ComplaintCategory;
import org.netnps.core.domain.NpsClass;
import org.netnps.core.record.AlarmRecord;
import org.netnps.core.record.CellRecord;
import org.netnps.core.record.ComplaintRecord;
import org.netnps.core.record.DatasetSink;
import org.netnps.core.record.SubscriberRecord;
import org.netnps.core.record.SurveyRecord;
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
import org.netnps.sim.radio.RadioMap;
import org.netnps.sim.radio.Serving;
import org.netnps.sim.session.ChunkResult;
import org.netnps.sim.session.Outcome;
import org.netnps.sim.session.SessionRealiser;
import org.netnps.sim.traffic.DaySessions;
import org.netnps.sim.traffic.SessionPlanner;
import org.netnps.sim.truth.Calibration;
import org.netnps.sim.truth.SubscriberTruth;
import org.netnps.sim.truth.SurveyTruth;
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
  private Calibration calibration;

  public Srcon(World world, int threads) {
    this.world = world;
    this.threads = Math.max(1, threads);
  }

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
    boolean[] surveyed = new boolean[pop.size];
    int surveyFrom = Math.min(2, sc.days() - 1);
    double surveyPerDay = sc.surveyShare() / Math.max(1, sc.days() - surveyFrom);
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
      for (int day = 0; day < sc.days(); day++) {
        long dayStart = sc.start() + day * DAY_MS;
        LocalDate date = sc.firstDay().plusDays(day);
        if (intervention != null && day == intervention.fromDay()) {
          problems = new ArrayList<>(intervention.apply(world, problems, dayStart));
          effects = new Effects(problems, network);
        }
        Network radio = radioNetwork(network, effects, dayStart);
        String key = radioKey(radio);
        if (!key.equals(mapKey)) {
          map = RadioMap.compute(radio, world.grid(), world.shadow(), seed);
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
            outcomes, seed, day, dayStart);
        realise(chunks, realiser, counters, sink, pool);
        calibrateLoad(load, dayStart);
        counters.emit(dayStart, day, load, effects, scale, seed, sink);
        satisfaction.endDay(day);
        endOfDay(day, dayStart, satisfaction, outcomes, sink);
        if (day + 1 < sc.days() && day + 1 >= surveyFrom) {
          survey(day + 1, dayStart + DAY_MS, surveyPerDay, surveyed, satisfaction, sink, truth);
        }
      }
      for (AlarmRecord a : AlarmGenerator.generate(world.problems(), network, sc.start(), sc.end(), seed)) {
        sink.alarm(a);
      }
      finish(satisfaction, outcomes, truth);
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
        org.netnps.sim.radio.Link home = new org.netnps.sim.radio.Link();
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
      chunks.add(get(f));
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
      ChunkResult r = get(window.poll());
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

  /** Median daily downlink of the simulated base, bytes: the reference for prepaid top-ups. */
  static final double REFERENCE_DAY_BYTES = 500e6;

  /**
   * Revenue, churn and non-network complaints of the day. Expected revenue per day = ARPU / 30.44
   * x survival, where prepaid revenue follows data use (top-ups: 0.85 + 0.15 min(2, day bytes /
   * 500 MB)) and survival falls by a daily churn hazard of 0.05% x (1 + 4 P(detractor)) (research
   * 7.1: detractors churn several times more than promoters).
   */
  private void endOfDay(int day, long dayStart, Satisfaction satisfaction, Outcomes outcomes, DatasetSink sink)
      throws IOException {
    Population pop = world.population();
    for (int s = 0; s < pop.size; s++) {
      double latent = satisfaction.latent(s);
      double pDet = Satisfaction.pDetractor(latent);
      if (day >= outcomes.fromDay) {
        double usage = pop.planOf(s).prepaid() ? 0.85 + 0.15 * Math.min(2, outcomes.dayBytes[s] / REFERENCE_DAY_BYTES) : 1;
        outcomes.revenue[s] += pop.arpu[s] / 30.44 * outcomes.survival[s] * usage;
      }
      outcomes.dayBytes[s] = 0;
      outcomes.survival[s] *= 1 - 0.0005 * (1 + 4 * pDet);
      SplittableRandom rng = Seeds.stream(world.scenario().seed(), Seeds.COMPLAINTS, s, day);
      double u = rng.nextDouble();
      if (u < 1.5e-4) {
        ComplaintCategory category = u < 1e-4 ? ComplaintCategory.BILLING : ComplaintCategory.OTHER;
        long at = dayStart + (long) ((9 + 10 * rng.nextDouble()) * 3_600_000L);
        sink.complaint(new ComplaintRecord(String.format("TK%03d%07dB", day, s), pop.id[s], at, category,
            Double.NaN, Double.NaN));
      }
    }
  }

  private void survey(int day, long dayStart, double perDay, boolean[] surveyed, Satisfaction satisfaction,
      DatasetSink sink, TruthSink truth) throws IOException {
    Population pop = world.population();
    long seed = world.scenario().seed();
    for (int s = 0; s < pop.size; s++) {
      if (surveyed[s]) {
        continue;
      }
      SplittableRandom rng = Seeds.stream(seed, Seeds.SURVEY, s, day);
      double latent = satisfaction.latent(s);
      double propensity = 0.75 + 0.5 * Math.min(1, Math.abs(latent - 7.5) / 3);
      if (rng.nextDouble() >= perDay * propensity) {
        continue;
      }
      surveyed[s] = true;
      long at = dayStart + (long) ((9 + 11 * rng.nextDouble()) * 3_600_000L) / 1000 * 1000;
      int score = Satisfaction.answer(latent, rng);
      sink.survey(new SurveyRecord(pop.id[s], at, score));
      truth.survey(new SurveyTruth(pop.id[s], at, score, latent, Satisfaction.BETA * satisfaction.networkPenalty(s),
          satisfaction.nonNetwork(s)));
    }
  }

  private void finish(Satisfaction satisfaction, Outcomes outcomes, TruthSink truth) throws IOException {
    Population pop = world.population();
    long seed = world.scenario().seed();
    double sumLatent = 0;
    double sumLatent2 = 0;
    double sumPenalty = 0;
    double sumPenalty2 = 0;
    double pro = 0;
    double det = 0;
    int seen = 0;
    for (int s = 0; s < pop.size; s++) {
      double latent = satisfaction.latent(s);
      double pDet = Satisfaction.pDetractor(latent);
      double pPro = Satisfaction.pPromoter(latent);
      outcomes.latent[s] = latent;
      outcomes.pDetractor[s] = pDet;
      outcomes.pPromoter[s] = pPro;
      if (outcomes.sessions[s] == 0) {
        continue;
      }
      seen++;
      double penalty = Satisfaction.BETA * satisfaction.networkPenalty(s);
      sumLatent += latent;
      sumLatent2 += latent * latent;
      sumPenalty += penalty;
      sumPenalty2 += penalty * penalty;
      pro += pPro;
      det += pDet;
      int answer = Satisfaction.answer(latent, Seeds.stream(seed, Seeds.SURVEY, s, -1));
      truth.subscriber(new SubscriberTruth(pop.id[s], pop.baseline[s], satisfaction.shock(s), penalty,
          latent, pDet, 1 - pDet - pPro, pPro, NpsClass.ofScore(answer), outcomes.sessions[s],
          outcomes.dlBytes[s], outcomes.networkComplaints[s], outcomes.revenue[s]));
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    Scenario sc = world.scenario();
    summary.put("scenario", sc.name());
    summary.put("preset", sc.preset().name().toLowerCase());
    summary.put("seed", sc.seed());
    summary.put("subscribers", pop.size);
    summary.put("subscribers_seen", seen);
    summary.put("true_network_nps", seen == 0 ? null : 100 * (pro - det) / seen);
    summary.put("shares", Map.of("detractor", det / seen, "passive", 1 - (pro + det) / seen, "promoter", pro / seen));
    double varLatent = sumLatent2 / seen - Math.pow(sumLatent / seen, 2);
    double varPenalty = sumPenalty2 / seen - Math.pow(sumPenalty / seen, 2);
    summary.put("network_penalty_variance_share", varPenalty / varLatent);
    summary.put("problems", world.problems().size());
    long noService = 0;
    long sessions = 0;
    for (int s = 0; s < pop.size; s++) {
      noService += outcomes.noService[s];
      sessions += outcomes.sessions[s];
    }
    summary.put("calibration", calibration.figures(pop.size, sc.days(), noService, sessions));
    truth.summary(summary);
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

  private static String radioKey(Network radio) {
    StringBuilder b = new StringBuilder();
    for (Cell c : radio.cells()) {
      b.append(c.azimuthDeg).append(',').append(c.totalTiltDeg()).append(',').append(c.txPowerDbm).append(';');
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

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

}
