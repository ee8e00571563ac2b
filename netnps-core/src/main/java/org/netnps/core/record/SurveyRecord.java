package org.netnps.core.record;

/** One row of surveys.csv: an NPS answer 0..10. */
public record SurveyRecord(String subscriberId, long surveyedAt, int score) {}
