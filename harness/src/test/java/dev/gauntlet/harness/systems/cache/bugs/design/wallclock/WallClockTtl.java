package dev.gauntlet.harness.systems.cache.bugs.design.wallclock;

import dev.gauntlet.harness.systems.cache.bugs.PlainNodeStore;
import dev.gauntlet.harness.systems.cache.bugs.design.StandAloneFactory;
import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.NodeStore;

/**
 * Planted bug: the node store times its TTLs with {@code System.currentTimeMillis} instead of the
 * Clock it is given. Must fail {@code cache.design.no-wall-clock}.
 */
public final class WallClockTtl extends StandAloneFactory {

  @Override
  public NodeStore newNodeStore(int capacity, Clock clock) {
    return new PlainNodeStore(capacity, System::currentTimeMillis);
  }
}
