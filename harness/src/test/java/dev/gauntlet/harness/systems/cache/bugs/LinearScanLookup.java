package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.cache.HashRing;
import java.util.Map;

/**
 * Planted bug: {@code ownerOf} scans the sorted positions from the start instead of searching
 * them, O(N·v) per lookup. Its answers are right. Must fail {@code cache.ring.lookup-cost}.
 */
public final class LinearScanLookup extends PlantedCacheFactory {

  @Override
  public HashRing newRing(int virtualNodesPerNode) {
    return new PlainRing(virtualNodesPerNode) {
      @Override
      protected String ownerAt(long position) {
        for (Map.Entry<Long, String> e : positions.entrySet()) {
          if (e.getKey() >= position) {
            return e.getValue();
          }
        }
        return positions.firstEntry().getValue();
      }
    };
  }
}
