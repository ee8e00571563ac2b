package org.netnps.core.experience;

/**
 * What the operator's CRM says about a subscriber (subscribers.csv), as model inputs: the plan's
 * index in the plan vocabulary (-1 unknown), a 5G device (1/0, NaN unknown), tenure in months and
 * monthly ARPU (NaN unknown), and the device model (null unknown; kept for reasons and
 * breakdowns, not a model input).
 */
public record SubscriberAttributes(int plan, double device5g, double tenureMonths, double arpu,
    String deviceModel) {
  public static final SubscriberAttributes UNKNOWN =
      new SubscriberAttributes(-1, Double.NaN, Double.NaN, Double.NaN, null);
}
