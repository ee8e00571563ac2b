package org.netnps.sim.truth;

/** The truth behind one survey answer: the latent satisfaction and its parts at answer time. */
public record SurveyTruth(String subscriberId, long surveyedAt, int score, double latent,
    double networkPenalty, double nonNetwork) {}
