package org.netnps.io.scan;

import java.util.Arrays;

/** Survey answers in columns: subscriber index, answer time (epoch ms), score 0..10. */
public final class SurveyAnswers {
  private int[] subscriber = new int[256];
  private long[] at = new long[256];
  private int[] score = new int[256];
  private int size;

  void add(int subscriberIndex, long atMs, int answer) {
    if (size == subscriber.length) {
      subscriber = Arrays.copyOf(subscriber, size * 2);
      at = Arrays.copyOf(at, size * 2);
      score = Arrays.copyOf(score, size * 2);
    }
    subscriber[size] = subscriberIndex;
    at[size] = atMs;
    score[size] = answer;
    size++;
  }

  public int size() {
    return size;
  }

  public int subscriber(int i) {
    return subscriber[i];
  }

  public long atMs(int i) {
    return at[i];
  }

  public int score(int i) {
    return score[i];
  }
}
