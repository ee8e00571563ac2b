package org.netnps.core.record;

/** One row of subscribers.csv: customer attributes from BSS/CRM. */
public record SubscriberRecord(
    String subscriberId,
    String plan,
    String deviceModel,
    boolean device5g,
    int tenureMonths,
    double arpu,
    String region) {}
