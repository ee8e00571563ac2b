package org.netnps.app.analyze;

import java.util.ArrayList;
import java.util.List;
import org.netnps.core.domain.NpsClass;
import org.netnps.core.experience.ExperienceAccumulator;
import org.netnps.core.experience.FeatureSet;
import org.netnps.core.experience.SubscriberAttributes;
import org.netnps.core.experience.WindowEdit;
import org.netnps.io.scan.ScanResult;
import org.netnps.io.scan.SurveyAnswers;
import org.netnps.ml.TrainingSet;

/**
 * Feature vectors from a scan: as of a survey answer (the window of days strictly before the
 * answer's day, so nothing after the answer leaks in) or as of the end of the period, and the
 * counterfactual "network served everything well" vectors.
 */
final class FeatureBuilder {
  private final ScanResult scan;
  private final FeatureSet set;
  private final SubscriberAttributes[] attributes;

  FeatureBuilder(ScanResult scan, FeatureSet set) {
    this.scan = scan;
    this.set = set;
    this.attributes = new SubscriberAttributes[scan.subscribers()];
    for (int i = 0; i < attributes.length; i++) {
      attributes[i] = scan.customers().attributes(i, set.plans());
    }
  }

  FeatureSet featureSet() {
    return set;
  }

  SubscriberAttributes attributes(int subscriber) {
    return attributes[subscriber];
  }

  /** The first day after the period (scores are as of its start). */
  int endDay() {
    return ExperienceAccumulator.dayOf(scan.periodEndMs() - 1) + 1;
  }

  /** The first day of the data: windows never reach before it. */
  int firstDay() {
    return ExperienceAccumulator.dayOf(scan.periodStartMs());
  }

  /** The window's first day: W days before {@code asOfDay}, but not before the data. */
  int windowStart(int asOfDay) {
    return Math.max(asOfDay - set.windowDays(), Math.min(firstDay(), asOfDay - 1));
  }

  /** The observed window of day counters ending before {@code asOfDay}. */
  float[][] window(int subscriber, int asOfDay) {
    return scan.profiles()[subscriber].window(windowStart(asOfDay), asOfDay);
  }

  float[] features(int subscriber, int asOfDay) {
    return set.compute(window(subscriber, asOfDay), attributes[subscriber]);
  }

  float[] features(int subscriber, float[][] window) {
    return set.compute(window, attributes[subscriber]);
  }

  /** As of the period's end, with every poor event and poor radio condition removed. */
  float[] networkClean(int subscriber) {
    float[][] w = window(subscriber, endDay());
    WindowEdit.networkClean(w, scan.referenceMos());
    return set.compute(w, attributes[subscriber]);
  }

  /**
   * Training rows: answers of subscribers with sessions, features as of the answer's day. Only
   * answers whose whole window lies inside the data are used (the base is scored on a whole
   * window, and window-length-dependent features such as the worst day would otherwise differ),
   * unless fewer than {@code minAnswers} have one.
   */
  Training training(int minAnswers) {
    SurveyAnswers s = scan.surveys();
    List<Integer> withSessions = new ArrayList<>();
    int skipped = 0;
    int whole = 0;
    for (int i = 0; i < s.size(); i++) {
      int sub = s.subscriber(i);
      if (sub >= scan.seen().length || !scan.seen()[sub]) {
        skipped++;
        continue;
      }
      withSessions.add(i);
      whole += wholeWindow(s.atMs(i)) ? 1 : 0;
    }
    boolean onlyWhole = whole >= minAnswers;
    List<float[]> x = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    int partial = 0;
    for (int i : withSessions) {
      if (onlyWhole && !wholeWindow(s.atMs(i))) {
        partial++;
        continue;
      }
      x.add(features(s.subscriber(i), ExperienceAccumulator.dayOf(s.atMs(i))));
      rows.add(i);
    }
    int[] y = new int[rows.size()];
    int[] g = new int[rows.size()];
    int[] answer = new int[rows.size()];
    for (int k = 0; k < rows.size(); k++) {
      int i = rows.get(k);
      y[k] = NpsClass.ofScore(s.score(i)).ordinal();
      g[k] = s.subscriber(i);
      answer[k] = i;
    }
    return new Training(new TrainingSet(x.toArray(new float[0][]), y, g, set.names()), answer, skipped, partial);
  }

  private boolean wholeWindow(long answerMs) {
    return ExperienceAccumulator.dayOf(answerMs) - set.windowDays() >= firstDay();
  }

  /**
   * The training set, which survey row each training row came from, and the answers left out:
   * of subscribers without sessions, and with a window cut short by the start of the data.
   */
  record Training(TrainingSet set, int[] answerRow, int skippedNoSessions, int skippedPartialWindow) {}
}
