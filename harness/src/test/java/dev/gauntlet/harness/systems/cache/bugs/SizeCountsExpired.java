package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.NodeStore;

/**
 * Planted bug: {@code size()} counts expired entries that the store has not dropped yet. Must fail
 * {@code cache.store.model}.
 */
public final class SizeCountsExpired extends PlantedCacheFactory {

  @Override
  public NodeStore newNodeStore(int capacity, Clock clock) {
    return new PlainNodeStore(capacity, clock) {
      @Override
      public int size() {
        return entries.size();
      }
    };
  }
}
