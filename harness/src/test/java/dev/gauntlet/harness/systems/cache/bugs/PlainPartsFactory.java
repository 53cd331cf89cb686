package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.HashRing;
import dev.gauntlet.specs.cache.NodeStore;

/**
 * Not a bug: {@link PlainNodeStore} and {@link PlainRing} as they are. It must pass every local
 * check, so that each planted bug built on them is exactly one bug.
 */
public final class PlainPartsFactory extends PlantedCacheFactory {

  @Override
  public NodeStore newNodeStore(int capacity, Clock clock) {
    return new PlainNodeStore(capacity, clock);
  }

  @Override
  public HashRing newRing(int virtualNodesPerNode) {
    return new PlainRing(virtualNodesPerNode);
  }
}
