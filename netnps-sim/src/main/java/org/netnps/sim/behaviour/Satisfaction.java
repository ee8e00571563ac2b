package org.netnps.sim.behaviour;

import java.util.SplittableRandom;
import org.netnps.sim.Seeds;
import org.netnps.sim.population.Population;

/**
 * Latent satisfaction of every subscriber (research/simulator.md 9.1 step 8), on the 0-10 answer
 * scale:
 * <pre>
 *   E_u(day)  = E_u(day-1) exp(-1/14) + sum of the day's poor-session deficits (deficit at
 *               least 0.3), severe ones (0.6+) x3, those at home x1.5   (14-day memory)
 *   W_u(day)  = max(W_u(day-1) exp(-1/7), min(1, severe events of the day / 3))  (worst episode)
 *   N_u       = ln(1 + E_u / 10) + 0.5 W_u                  (network penalty)
 *   eta_u     = 0.9 eta_u + sqrt(1 - 0.81) 0.8 z             (AR(1) non-network shock)
 *   S_u       = baseline_u - BETA N_u + eta_u
 *   answer    = round(S_u + Logistic(0, 0.9)) clipped to 0..10
 * </pre>
 * so P(detractor) = F((6.5 - S) / 0.9) and P(promoter) = 1 - F((8.5 - S) / 0.9), F the logistic
 * CDF. BETA sets the network's share of the variance of S (target 20-35%, research 7.1).
 */
public final class Satisfaction {
  public static final double BETA = 1.0;
  public static final double ANSWER_SCALE = 0.9;
  static final double MEMORY_DAYS = 14;
  static final double WORST_MEMORY_DAYS = 7;
  static final double SHOCK_SD = 0.8;

  private final Population population;
  private final long seed;
  private final double[] experience;
  private final double[] worst;
  private final double[] shock;
  /** Today's accumulators, filled by the session engine (one writer per subscriber). */
  public final double[] dayDeficit;
  public final int[] daySevere;
  private double[] burnInDeficit;
  private double[] burnInWorst;

  public Satisfaction(Population population, long seed) {
    this.population = population;
    this.seed = seed;
    int n = population.size;
    experience = new double[n];
    worst = new double[n];
    shock = new double[n];
    dayDeficit = new double[n];
    daySevere = new int[n];
    for (int s = 0; s < n; s++) {
      shock[s] = SHOCK_SD * Seeds.stream(seed, Seeds.SATISFACTION, s, -1).nextGaussian();
    }
  }

  /** Adds a session's deficit to today's experience of a subscriber. */
  public void record(int s, double deficit, boolean atHome) {
    if (deficit < Perception.POOR) {
      return;
    }
    double w = (deficit >= Perception.SEVERE ? 3 : 1) * (atHome ? 1.5 : 1);
    dayDeficit[s] += w * deficit;
    if (deficit >= Perception.SEVERE) {
      daySevere[s]++;
    }
  }

  /** Closes a burn-in day: keeps its deficit and worst episode for {@link #warmStart}. */
  public void burnInDay() {
    if (burnInDeficit == null) {
      burnInDeficit = new double[population.size];
      burnInWorst = new double[population.size];
    }
    for (int s = 0; s < population.size; s++) {
      burnInDeficit[s] += dayDeficit[s];
      burnInWorst[s] = Math.max(burnInWorst[s], Math.min(1, daySevere[s] / 3.0));
      dayDeficit[s] = 0;
      daySevere[s] = 0;
    }
  }

  /**
   * Sets the memory to its steady state given the burn-in days' mean daily deficit: a daily
   * deficit D held forever fills the exponential memory to D / (1 - e^(-1/14)); the worst episode
   * is the burn-in's worst.
   */
  public void warmStart(int burnInDays) {
    double steady = 1 / (1 - Math.exp(-1 / MEMORY_DAYS));
    for (int s = 0; s < population.size; s++) {
      experience[s] = burnInDeficit[s] / burnInDays * steady;
      worst[s] = burnInWorst[s];
    }
    burnInDeficit = null;
    burnInWorst = null;
  }

  /** Closes a day: folds today's experience into the memory and moves the shocks on. */
  public void endDay(int day) {
    double decay = Math.exp(-1 / MEMORY_DAYS);
    double worstDecay = Math.exp(-1 / WORST_MEMORY_DAYS);
    double innovation = Math.sqrt(1 - 0.81) * SHOCK_SD;
    for (int s = 0; s < population.size; s++) {
      experience[s] = experience[s] * decay + dayDeficit[s];
      worst[s] = Math.max(worst[s] * worstDecay, Math.min(1, daySevere[s] / 3.0));
      SplittableRandom rng = Seeds.stream(seed, Seeds.SATISFACTION, s, day);
      shock[s] = 0.9 * shock[s] + innovation * rng.nextGaussian();
      dayDeficit[s] = 0;
      daySevere[s] = 0;
    }
  }

  public double networkPenalty(int s) {
    return Math.log(1 + experience[s] / 10) + 0.5 * worst[s];
  }

  /** The answer-scale points the network costs the subscriber: BETA N_u. */
  public double penaltyPoints(int s) {
    return BETA * networkPenalty(s);
  }

  public double latent(int s) {
    return population.baseline[s] - penaltyPoints(s) + shock[s];
  }

  public double nonNetwork(int s) {
    return population.baseline[s] + shock[s];
  }

  public double shock(int s) {
    return shock[s];
  }

  /** P(answer <= 6). */
  public static double pDetractor(double latent) {
    return 1 / (1 + Math.exp(-(6.5 - latent) / ANSWER_SCALE));
  }

  /** P(answer >= 9). */
  public static double pPromoter(double latent) {
    return 1 - 1 / (1 + Math.exp(-(8.5 - latent) / ANSWER_SCALE));
  }

  /** A sampled answer 0..10. */
  public static int answer(double latent, SplittableRandom rng) {
    double u = rng.nextDouble();
    double noise = ANSWER_SCALE * Math.log(u / (1 - u));
    return (int) Math.max(0, Math.min(10, Math.round(latent + noise)));
  }
}
