package org.netnps.sim;

import java.util.List;
import org.netnps.sim.problem.Problem;

/** A change to the world at the start of a day: what-if actions. */
public interface Intervention {
  int fromDay();

  /** Changes the network in place and returns the problems that remain, at time {@code at}. */
  List<Problem> apply(World world, List<Problem> problems, long at);
}
