package dev.gauntlet.harness.systems.cache.bugs.design.reflection;

import dev.gauntlet.harness.systems.cache.bugs.PlainNodeStore;
import dev.gauntlet.harness.systems.cache.bugs.design.StandAloneFactory;
import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.NodeStore;

/**
 * Planted bug: the factory uses reflection ({@code Class.forName}, {@code getDeclaredField}) to
 * tell whether the harness's virtual clock is driving it, the first step to behaving differently
 * under the grader. Must fail {@code cache.design.no-reflection}.
 */
public final class GraderDetectingFactory extends StandAloneFactory {

  private boolean graded;

  @Override
  public NodeStore newNodeStore(int capacity, Clock clock) {
    graded = graded || underGrader(clock);
    return new PlainNodeStore(capacity, clock);
  }

  private static boolean underGrader(Clock clock) {
    try {
      Class.forName("dev.gauntlet.harness.sim.VirtualClock");
      return clock.getClass().getDeclaredField("millis") != null;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
