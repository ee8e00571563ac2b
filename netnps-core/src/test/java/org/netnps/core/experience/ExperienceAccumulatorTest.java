package org.netnps.core.experience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.netnps.core.domain.Service;
import org.netnps.core.qoe.PoorReason;

class ExperienceAccumulatorTest {
  private static final long DAY = 86_400_000L;
  private static final long T0 = 20_500 * DAY;   // a UTC midnight
  private final ExperienceAggregate aggregate = new ExperienceAggregate(RadioExposure.DEFAULT);
  private final FeatureSet features = new FeatureSet(List.of("prepaid", "postpaid"), 7);

  @Test
  void anySplitOfTheSessionsMergesToTheSameAccumulator() {
    List<SessionEvent> events = randomEvents(500, 11);
    ExperienceAccumulator whole = aggregate.createAccumulator();
    ExperienceAccumulator left = aggregate.createAccumulator();
    ExperienceAccumulator right = aggregate.createAccumulator();
    for (int i = 0; i < events.size(); i++) {
      aggregate.add(events.get(i), whole);
      aggregate.add(events.get(i), i % 3 == 0 ? left : right);
    }
    ExperienceAccumulator merged = aggregate.getResult(aggregate.merge(right, left));
    assertEquals(whole.firstDay(), merged.firstDay());
    assertEquals(whole.lastDay(), merged.lastDay());
    for (int d = whole.firstDay(); d <= whole.lastDay(); d++) {
      float[] w = whole.day(d);
      float[] m = merged.day(d);
      for (int f = 0; f < DayField.FIELDS; f++) {
        assertEquals(w[f], m[f], 1e-5 * Math.abs(w[f]) + 1e-3, "day " + d + " field " + f);   // float sums
      }
    }
    assertEquals(whole.grids().size(), merged.grids().size());
  }

  @Test
  void featuresAsOfADayIgnoreEverythingFromThatDayOn() {
    ExperienceAccumulator a = aggregate.createAccumulator();
    a.add(voice(T0 + 10 * 3_600_000L, PoorReason.CALL_DROPPED), RadioExposure.DEFAULT);
    a.add(voice(T0 + DAY + 3_600_000L, PoorReason.CALL_DROPPED), RadioExposure.DEFAULT);
    a.add(voice(T0 + 2 * DAY, PoorReason.CALL_DROPPED), RadioExposure.DEFAULT);
    int day0 = ExperienceAccumulator.dayOf(T0);
    float[] asOfDay2 = features.compute(a.window(day0 + 2 - 7, day0 + 2), SubscriberAttributes.UNKNOWN);
    int dropped = features.names().indexOf("call_dropped");
    assertEquals(2f, asOfDay2[dropped]);
    float[] asOfDay3 = features.compute(a.window(day0 + 3 - 7, day0 + 3), SubscriberAttributes.UNKNOWN);
    assertEquals(3f, asOfDay3[dropped]);
    assertEquals(2f, asOfDay3[features.names().indexOf("recent_poor")]);
  }

  @Test
  void removingAPoorEventTurnsItIntoAnOrdinarySession() {
    ExperienceAccumulator a = aggregate.createAccumulator();
    PoorEvents events = new PoorEvents();
    SessionEvent stall = new SessionEvent(T0, 60_000, Service.VIDEO, 2.1, PoorReason.VIDEO_STALLING,
        -100, 5, 5e6, 3000, 4000, 0, 1L);
    a.add(stall, RadioExposure.DEFAULT);
    events.add(0, stall);
    int day0 = ExperienceAccumulator.dayOf(T0);
    float[][] w = a.window(day0 - 6, day0 + 1);
    float[] reference = {4f, 4f, 4f, 4f, 4f};
    WindowEdit.removePoor(w, day0 - 6, events, 0, reference);
    float[] x = features.compute(w, SubscriberAttributes.UNKNOWN);
    assertEquals(0f, x[features.names().indexOf("video_poor")]);
    assertEquals(0f, x[features.names().indexOf("stall_s")]);
    assertEquals(4f, x[features.names().indexOf("video_mos")], 1e-6f);
    assertEquals(1f, x[features.names().indexOf("video_sessions")]);
  }

  @Test
  void planIndicatorsAreMissingOnlyWhenThePlanIsUnknown() {
    float[][] none = new float[7][DayField.FIELDS];
    float[] known = features.compute(none, new SubscriberAttributes(1, 1, 12, 20, "X1"));
    float[] other = features.compute(none, new SubscriberAttributes(2, 1, 12, 20, "X1"));
    float[] unknown = features.compute(none, SubscriberAttributes.UNKNOWN);
    int postpaid = features.names().indexOf("plan=postpaid");
    assertEquals(1f, known[postpaid]);
    assertEquals(0f, other[postpaid]);
    assertTrue(Float.isNaN(unknown[postpaid]));
  }

  private static SessionEvent voice(long at, PoorReason reason) {
    return new SessionEvent(at, 120_000, Service.VOICE, 4.2, reason, -90, 12, Double.NaN, Double.NaN,
        Double.NaN, 3, 7L);
  }

  private static List<SessionEvent> randomEvents(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<SessionEvent> out = new ArrayList<>();
    PoorReason[] reasons = PoorReason.values();
    for (int i = 0; i < n; i++) {
      boolean poor = r.nextInt(5) == 0;
      out.add(new SessionEvent(T0 + r.nextLong(5 * DAY), r.nextInt(600_000), Service.values()[r.nextInt(5)],
          1 + 4 * r.nextDouble(), poor ? reasons[r.nextInt(reasons.length)] : null, -70 - 50 * r.nextDouble(),
          -5 + 30 * r.nextDouble(), r.nextInt(10_000_000), 100 + r.nextInt(50_000), r.nextInt(3000),
          r.nextInt(20), 1 + r.nextInt(9)));
    }
    return out;
  }
}
