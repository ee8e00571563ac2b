package org.netnps.app.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.netnps.core.nps.NpsBreakdown;
import org.netnps.core.nps.NpsEstimate;
import org.netnps.core.nps.PredictionPoweredNps.Rectifier;

/** Network NPS per value of a dimension (region, cell, plan, device), from subscriber labels. */
final class Breakdowns {
  /** One shown group. */
  record Row(String dimension, String key, NpsEstimate network, NpsEstimate survey, boolean ownRectifier) {}

  private final ScoredBase base;
  private final Answers answers;
  private final Rectifier pooled;
  private final int minGroup;
  private final int minAnswers;

  Breakdowns(ScoredBase base, Answers answers, Rectifier pooled, int minGroup, int minAnswers) {
    this.base = base;
    this.answers = answers;
    this.pooled = pooled;
    this.minGroup = minGroup;
    this.minAnswers = minAnswers;
  }

  /** Groups by the label of each subscriber index (null: in no group). */
  List<Row> by(String dimension, IntFunction<String> labelOfSubscriber) {
    Map<String, Integer> keys = new HashMap<>();
    List<String> names = new ArrayList<>();
    int[] ofSub = new int[base.size()];
    for (int i = 0; i < base.size(); i++) {
      ofSub[i] = key(labelOfSubscriber.apply(base.subscribers()[i]), keys, names);
    }
    int[] ofAnswer = new int[answers.size()];
    for (int a = 0; a < answers.size(); a++) {
      String label = labelOfSubscriber.apply(answers.subscriber()[a]);
      ofAnswer[a] = label == null || !keys.containsKey(label) ? -1 : keys.get(label);
    }
    List<Row> rows = new ArrayList<>();
    for (NpsBreakdown.Group g : NpsBreakdown.of(base.f(), ofSub, answers.y(), answers.fOutOfFold(),
        ofAnswer, names.size(), pooled, minGroup, minAnswers)) {
      rows.add(new Row(dimension, names.get(g.key()), g.network(), g.survey(), g.ownRectifier()));
    }
    rows.sort((a, b) -> Double.compare(a.network().nps(), b.network().nps()));
    return rows;
  }

  private static int key(String label, Map<String, Integer> keys, List<String> names) {
    if (label == null) {
      return -1;
    }
    return keys.computeIfAbsent(label, l -> {
      names.add(l);
      return names.size() - 1;
    });
  }

  /** The answers used for training: subscriber, +1/0/-1 and the out-of-fold score. */
  record Answers(int[] subscriber, double[] y, double[] fOutOfFold) {
    int size() {
      return y.length;
    }
  }
}
