package org.netnps.core.nps;

import java.util.ArrayList;
import java.util.List;
import org.netnps.core.nps.PredictionPoweredNps.Rectifier;

/**
 * Network NPS per group (region, cell, plan, device ...): the prediction-powered estimate over the
 * group's subscribers, with the group's own rectifier when it has enough answers and the pooled
 * one otherwise; groups smaller than the minimum are not shown (privacy and noise).
 */
public final class NpsBreakdown {
  private NpsBreakdown() {}

  /** One group's figure and its survey NPS (NaN without answers). */
  public record Group(int key, NpsEstimate network, NpsEstimate survey, boolean ownRectifier) {}

  /**
   * @param f p_promoter - p_detractor per subscriber
   * @param groupOfSubscriber group key per subscriber (-1: none)
   * @param y answers as +1 / 0 / -1
   * @param fOutOfFold out-of-fold score per answer
   * @param groupOfAnswer group key per answer (-1: none)
   * @param groups number of group keys
   */
  public static List<Group> of(double[] f, int[] groupOfSubscriber, double[] y, double[] fOutOfFold,
      int[] groupOfAnswer, int groups, Rectifier pooled, int minSubscribers, int minAnswers) {
    int[] size = new int[groups];
    for (int g : groupOfSubscriber) {
      if (g >= 0) {
        size[g]++;
      }
    }
    double[][] fs = new double[groups][];
    int[] fill = new int[groups];
    for (int k = 0; k < groups; k++) {
      fs[k] = new double[size[k]];
    }
    for (int i = 0; i < f.length; i++) {
      int g = groupOfSubscriber[i];
      if (g >= 0) {
        fs[g][fill[g]++] = f[i];
      }
    }
    List<List<Integer>> answers = new ArrayList<>();
    for (int k = 0; k < groups; k++) {
      answers.add(new ArrayList<>());
    }
    for (int a = 0; a < y.length; a++) {
      if (groupOfAnswer[a] >= 0) {
        answers.get(groupOfAnswer[a]).add(a);
      }
    }
    List<Group> out = new ArrayList<>();
    for (int k = 0; k < groups; k++) {
      if (size[k] < minSubscribers) {
        continue;
      }
      List<Integer> mine = answers.get(k);
      double[] ya = new double[mine.size()];
      double[] fa = new double[mine.size()];
      long pro = 0;
      long det = 0;
      for (int j = 0; j < mine.size(); j++) {
        ya[j] = y[mine.get(j)];
        fa[j] = fOutOfFold[mine.get(j)];
        pro += ya[j] > 0 ? 1 : 0;
        det += ya[j] < 0 ? 1 : 0;
      }
      boolean own = mine.size() >= minAnswers;
      Rectifier r = own ? Rectifier.of(ya, fa) : pooled;
      out.add(new Group(k, PredictionPoweredNps.estimate(fs[k], r),
          SurveyNps.of(pro, mine.size() - pro - det, det), own));
    }
    return out;
  }
}
