package org.netnps.core.domain;

/** The three NPS classes of a 0..10 likelihood-to-recommend answer. */
public enum NpsClass implements ContractValue {
  DETRACTOR,
  PASSIVE,
  PROMOTER;

  /** 0-6 detractor, 7-8 passive, 9-10 promoter. */
  public static NpsClass ofScore(int score) {
    if (score < 0 || score > 10) {
      throw new IllegalArgumentException("score must be in [0, 10], but was: " + score);
    }
    return score <= 6 ? DETRACTOR : score <= 8 ? PASSIVE : PROMOTER;
  }
}
