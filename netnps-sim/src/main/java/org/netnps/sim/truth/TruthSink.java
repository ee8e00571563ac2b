package org.netnps.sim.truth;

import java.io.IOException;
import java.util.Map;
import org.netnps.sim.problem.Problem;

/** Where the ground truth of a run goes: beside the dataset, never inside it. */
public interface TruthSink {
  void problem(Problem problem, double lat, double lon) throws IOException;

  void survey(SurveyTruth survey) throws IOException;

  void subscriber(SubscriberTruth subscriber) throws IOException;

  /** Network-level truth: true network NPS, class shares, variance shares, counts. */
  void summary(Map<String, Object> summary) throws IOException;

  static TruthSink discard() {
    return new TruthSink() {
      @Override public void problem(Problem problem, double lat, double lon) {}
      @Override public void survey(SurveyTruth survey) {}
      @Override public void subscriber(SubscriberTruth subscriber) {}
      @Override public void summary(Map<String, Object> summary) {}
    };
  }
}
