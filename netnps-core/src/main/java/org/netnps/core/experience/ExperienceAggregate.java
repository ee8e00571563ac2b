package org.netnps.core.experience;

/** The per-subscriber experience as a {@link MergeableAggregate}; the result is the accumulator. */
public final class ExperienceAggregate
    implements MergeableAggregate<SessionEvent, ExperienceAccumulator, ExperienceAccumulator> {
  private final RadioExposure radio;

  public ExperienceAggregate(RadioExposure radio) {
    this.radio = radio;
  }

  @Override
  public ExperienceAccumulator createAccumulator() {
    return new ExperienceAccumulator();
  }

  @Override
  public ExperienceAccumulator add(SessionEvent event, ExperienceAccumulator accumulator) {
    accumulator.add(event, radio);
    return accumulator;
  }

  @Override
  public ExperienceAccumulator merge(ExperienceAccumulator a, ExperienceAccumulator b) {
    a.merge(b);
    return a;
  }

  @Override
  public ExperienceAccumulator getResult(ExperienceAccumulator accumulator) {
    return accumulator;
  }
}
