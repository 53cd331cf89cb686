package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.cache.HashRing;

/**
 * Planted bug: the ring ignores the virtual-node count and gives each node one position, so load
 * is uneven and does not even out as the count grows. Must fail {@code cache.ring.balance}.
 */
public final class OneVirtualNode extends PlantedCacheFactory {

  @Override
  public HashRing newRing(int virtualNodesPerNode) {
    return new PlainRing(1);
  }
}
