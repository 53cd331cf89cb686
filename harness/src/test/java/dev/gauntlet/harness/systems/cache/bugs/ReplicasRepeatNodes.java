package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.cache.HashRing;
import java.util.List;

/**
 * Planted bug: {@code replicasFor} takes the next R virtual nodes without skipping those of a node
 * already chosen, so one machine can hold two of a key's copies. Must fail
 * {@code cache.ring.replicas}.
 */
public final class ReplicasRepeatNodes extends PlantedCacheFactory {

  @Override
  public HashRing newRing(int virtualNodesPerNode) {
    return new PlainRing(virtualNodesPerNode) {
      @Override
      protected boolean alreadyChosen(List<String> chosen, String node) {
        return false;
      }
    };
  }
}
