package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.cache.HashRing;
import java.util.ArrayList;
import java.util.List;

/**
 * Planted bug: modulo hashing, {@code hash(key) % n} over the sorted node ids, instead of a ring.
 * Placement is still order-independent and replica lists are fine, but almost every key moves on
 * any change of membership. Must fail {@code cache.ring.monotonicity}.
 */
public final class ModuloHashing extends PlantedCacheFactory {

  @Override
  public HashRing newRing(int virtualNodesPerNode) {
    return new PlainRing(virtualNodesPerNode) {
      @Override
      protected String ownerAt(long position) {
        List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(nodes()));
        return sorted.get((int) Math.floorMod(position, (long) sorted.size()));
      }
    };
  }
}
