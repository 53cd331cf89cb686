package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.cache.HashRing;
import java.util.HashMap;
import java.util.Map;

/**
 * Planted bug: virtual nodes are named by the order their node joined ({@code "0#i"} for the
 * first node added, {@code "1#i"} for the second…) instead of by the node's id, so the same
 * members added in another order land on other positions. Must fail {@code cache.ring.placement}.
 */
public final class JoinOrderInNames extends PlantedCacheFactory {

  @Override
  public HashRing newRing(int virtualNodesPerNode) {
    return new PlainRing(virtualNodesPerNode) {
      private final Map<String, Integer> joinOrder = new HashMap<>();

      @Override
      protected String virtualNodeName(String nodeId, int i) {
        return joinOrder.computeIfAbsent(nodeId, id -> joinOrder.size()) + "#" + i;
      }
    };
  }
}
