package org.netnps.core.experience;

/**
 * An aggregation whose state can be split and merged, in the shape of Flink's AggregateFunction:
 * the batch run, the embedded streaming runtime and a Flink job all call the same code.
 *
 * @param <I> an input event
 * @param <A> the accumulator
 * @param <O> the result
 */
public interface MergeableAggregate<I, A, O> {
  A createAccumulator();

  /** Adds an event; may return the same accumulator. */
  A add(I event, A accumulator);

  /** Combines two accumulators of disjoint event sets; may reuse either. */
  A merge(A a, A b);

  O getResult(A accumulator);
}
