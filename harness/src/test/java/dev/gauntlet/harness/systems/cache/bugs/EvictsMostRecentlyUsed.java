package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.NodeStore;

/**
 * Planted bug: a full store evicts its most recently used entry instead of the least. Must fail
 * {@code cache.store.model}.
 */
public final class EvictsMostRecentlyUsed extends PlantedCacheFactory {

  @Override
  public NodeStore newNodeStore(int capacity, Clock clock) {
    return new PlainNodeStore(capacity, clock) {
      @Override
      protected String victim() {
        String last = null;
        for (String key : entries.keySet()) {
          last = key;
        }
        return last;
      }
    };
  }
}
