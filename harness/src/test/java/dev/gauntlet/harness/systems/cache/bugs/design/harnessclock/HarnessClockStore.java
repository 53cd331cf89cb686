package dev.gauntlet.harness.systems.cache.bugs.design.harnessclock;

import dev.gauntlet.harness.sim.VirtualClock;
import dev.gauntlet.harness.systems.cache.bugs.PlainNodeStore;
import dev.gauntlet.harness.systems.cache.bugs.design.StandAloneFactory;
import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.NodeStore;

/**
 * Planted bug: the node store falls back to the harness's own {@link VirtualClock} when given no
 * clock, so the submission needs the harness on its class path. Must fail
 * {@code cache.design.specs-only}.
 */
public final class HarnessClockStore extends StandAloneFactory {

  @Override
  public NodeStore newNodeStore(int capacity, Clock clock) {
    return new PlainNodeStore(capacity, clock != null ? clock : new VirtualClock());
  }
}
