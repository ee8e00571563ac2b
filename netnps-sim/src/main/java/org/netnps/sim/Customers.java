package org.netnps.sim;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.netnps.core.domain.ComplaintCategory;
import org.netnps.core.domain.NpsClass;
import org.netnps.core.record.ComplaintRecord;
import org.netnps.core.record.DatasetSink;
import org.netnps.core.record.SurveyRecord;
import org.netnps.sim.behaviour.Satisfaction;
import org.netnps.sim.population.Population;
import org.netnps.sim.truth.SubscriberTruth;
import org.netnps.sim.truth.SurveyTruth;
import org.netnps.sim.truth.TruthSink;

/**
 * The customer side of a run, day by day: revenue and churn, non-network complaints, survey
 * answers, and at the end of the period every subscriber's truth and the network-level figures.
 */
final class Customers {
  /** Median daily downlink of the simulated base, bytes: the reference for prepaid top-ups. */
  static final double REFERENCE_DAY_BYTES = 500e6;

  private final Population population;
  private final Satisfaction satisfaction;
  private final Outcomes outcomes;
  private final long seed;
  private final boolean[] surveyed;
  private final int surveyFrom;
  private final double surveyPerDay;
  private final double responseBias;

  Customers(Scenario scenario, Population population, Satisfaction satisfaction, Outcomes outcomes) {
    this.population = population;
    this.satisfaction = satisfaction;
    this.outcomes = outcomes;
    this.seed = scenario.seed();
    this.surveyed = new boolean[population.size];
    this.surveyFrom = Math.min(2, scenario.days() - 1);
    this.surveyPerDay = scenario.surveyShare() / Math.max(1, scenario.days() - surveyFrom);
    this.responseBias = scenario.surveyResponseBias();
  }

  /**
   * Revenue, churn and non-network complaints of a day. Expected revenue per day = ARPU / 30.44
   * x survival, where prepaid revenue follows data use (top-ups: 0.85 + 0.15 min(2, day bytes /
   * 500 MB)) and survival falls by a daily churn hazard of 0.05% x (1 + 4 P(detractor)) (research
   * 7.1: detractors churn several times more than promoters).
   */
  void endOfDay(int day, long dayStart, DatasetSink sink) throws IOException {
    Population pop = population;
    for (int s = 0; s < pop.size; s++) {
      double pDet = Satisfaction.pDetractor(satisfaction.latent(s));
      if (day >= outcomes.fromDay) {
        double usage = pop.planOf(s).prepaid() ? 0.85 + 0.15 * Math.min(2, outcomes.dayBytes[s] / REFERENCE_DAY_BYTES) : 1;
        outcomes.revenue[s] += pop.arpu[s] / 30.44 * outcomes.survival[s] * usage;
      }
      outcomes.dayBytes[s] = 0;
      outcomes.survival[s] *= 1 - 0.0005 * (1 + 4 * pDet);
      SplittableRandom rng = Seeds.stream(seed, Seeds.COMPLAINTS, s, day);
      double u = rng.nextDouble();
      if (u < 1.5e-4) {
        ComplaintCategory category = u < 1e-4 ? ComplaintCategory.BILLING : ComplaintCategory.OTHER;
        long at = dayStart + (long) ((9 + 10 * rng.nextDouble()) * 3_600_000L);
        sink.complaint(new ComplaintRecord(String.format("TK%03d%07dB", day, s), pop.id[s], at, category,
            Double.NaN, Double.NaN));
      }
    }
  }

  /**
   * Survey answers of a day, from the third day on: a share of the base spread over the period,
   * each subscriber at most once, response propensity U-shaped in satisfaction as the scenario
   * says (not at all by default), answered 09:00-20:00
   * from the state at the end of the previous day.
   */
  void survey(int day, long dayStart, DatasetSink sink, TruthSink truth) throws IOException {
    if (day < surveyFrom) {
      return;
    }
    for (int s = 0; s < population.size; s++) {
      if (surveyed[s]) {
        continue;
      }
      SplittableRandom rng = Seeds.stream(seed, Seeds.SURVEY, s, day);
      double latent = satisfaction.latent(s);
      double propensity = 1 - responseBias / 2 + responseBias * Math.min(1, Math.abs(latent - 7.5) / 3);
      if (rng.nextDouble() >= surveyPerDay * propensity) {
        continue;
      }
      surveyed[s] = true;
      long at = dayStart + (long) ((9 + 11 * rng.nextDouble()) * 3_600_000L) / 1000 * 1000;
      int score = Satisfaction.answer(latent, rng);
      sink.survey(new SurveyRecord(population.id[s], at, score));
      truth.survey(new SurveyTruth(population.id[s], at, score, latent, satisfaction.penaltyPoints(s),
          satisfaction.nonNetwork(s)));
    }
  }

  /**
   * Fixes every subscriber's end state in the outcomes, writes their truth, and returns the
   * network-level truth: true network NPS, class shares, the network's share of Var(S).
   */
  Map<String, Object> closePeriod(TruthSink truth) throws IOException {
    double sumLatent = 0;
    double sumLatent2 = 0;
    double sumPenalty = 0;
    double sumPenalty2 = 0;
    for (int s = 0; s < population.size; s++) {
      double latent = satisfaction.latent(s);
      outcomes.latent[s] = latent;
      outcomes.pDetractor[s] = Satisfaction.pDetractor(latent);
      outcomes.pPromoter[s] = Satisfaction.pPromoter(latent);
      if (outcomes.sessions[s] == 0) {
        continue;
      }
      double penalty = satisfaction.penaltyPoints(s);
      sumLatent += latent;
      sumLatent2 += latent * latent;
      sumPenalty += penalty;
      sumPenalty2 += penalty * penalty;
      int answer = Satisfaction.answer(latent, Seeds.stream(seed, Seeds.SURVEY, s, -1));
      truth.subscriber(new SubscriberTruth(population.id[s], population.baseline[s], satisfaction.shock(s), penalty,
          latent, outcomes.pDetractor[s], 1 - outcomes.pDetractor[s] - outcomes.pPromoter[s], outcomes.pPromoter[s],
          NpsClass.ofScore(answer), outcomes.sessions[s], outcomes.dlBytes[s], outcomes.networkComplaints[s],
          outcomes.revenue[s]));
    }
    int seen = outcomes.subscribersSeen();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("subscribers_seen", seen);
    figures.put("true_network_nps", seen == 0 ? null : outcomes.networkNps());
    double det = outcomes.meanOverSeen(outcomes.pDetractor);
    double pro = outcomes.meanOverSeen(outcomes.pPromoter);
    figures.put("shares", Map.of("detractor", det, "passive", 1 - det - pro, "promoter", pro));
    double varLatent = sumLatent2 / seen - Math.pow(sumLatent / seen, 2);
    double varPenalty = sumPenalty2 / seen - Math.pow(sumPenalty / seen, 2);
    figures.put("network_penalty_variance_share", varPenalty / varLatent);
    return figures;
  }
}
