package org.netnps.io.scan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netnps.core.experience.SubscriberAttributes;

/** subscribers.csv rows by subscriber index, and the plan vocabulary they use. */
public final class CustomerRecords {
  /** One row as read. */
  public record Row(String plan, String deviceModel, double device5g, double tenureMonths, double arpu,
      String region) {}

  private final Map<Integer, Row> rows = new HashMap<>();

  void put(int subscriber, Row row) {
    rows.put(subscriber, row);
  }

  public Row row(int subscriber) {
    return rows.get(subscriber);
  }

  /** Plans by number of subscribers, most common first, at most {@code max}. */
  public List<String> plans(int max) {
    Map<String, Integer> counts = new HashMap<>();
    for (Row r : rows.values()) {
      if (r.plan() != null) {
        counts.merge(r.plan(), 1, Integer::sum);
      }
    }
    List<String> plans = new ArrayList<>(counts.keySet());
    plans.sort((a, b) -> counts.get(b).equals(counts.get(a)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
    return Collections.unmodifiableList(plans.subList(0, Math.min(max, plans.size())));
  }

  /** The model's view of a subscriber, plans indexed in the given vocabulary. */
  public SubscriberAttributes attributes(int subscriber, List<String> plans) {
    Row r = rows.get(subscriber);
    if (r == null) {
      return SubscriberAttributes.UNKNOWN;
    }
    int plan = r.plan() == null ? -1 : plans.indexOf(r.plan());
    // a plan outside the vocabulary is known but none of its indicators: index past the end
    return new SubscriberAttributes(r.plan() != null && plan < 0 ? plans.size() : plan, r.device5g(),
        r.tenureMonths(), r.arpu(), r.deviceModel());
  }
}
