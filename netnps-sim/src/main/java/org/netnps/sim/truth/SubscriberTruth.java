package org.netnps.sim.truth;

import org.netnps.core.domain.NpsClass;

/**
 * A subscriber's truth at the end of the period: satisfaction and its parts, the class
 * probabilities the answer model gives, a sampled true class, and outcomes over the period.
 */
public record SubscriberTruth(String subscriberId, double baseline, double shock,
    double networkPenalty, double latent, double pDetractor, double pPassive, double pPromoter,
    NpsClass trueClass, long sessions, long dlBytes, int networkComplaints, double revenue) {}
