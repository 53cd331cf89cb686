package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.cache.HashRing;

/**
 * Planted bug: positions come from {@link String#hashCode()}, which the contract allows but which
 * puts {@code "node-5#10"}, {@code "node-5#11"}… next to each other, so a node's virtual nodes
 * clump and a joining node takes far more or far fewer keys than 1/(N+1). Still a ring, so still
 * monotone. Must fail {@code cache.ring.movement}.
 */
public final class StringHashCodePositions extends PlantedCacheFactory {

  @Override
  public HashRing newRing(int virtualNodesPerNode) {
    return new PlainRing(virtualNodesPerNode) {
      @Override
      protected long hash(String s) {
        return s.hashCode();
      }
    };
  }
}
