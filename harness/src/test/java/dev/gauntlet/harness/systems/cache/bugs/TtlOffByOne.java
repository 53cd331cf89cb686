package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.NodeStore;

/**
 * Planted bug: an entry put at t with ttl d is still returned at t + d and expires one tick late,
 * at t + d + 1 ({@code <=} for {@code <}). Must fail {@code cache.store.ttl}.
 */
public final class TtlOffByOne extends PlantedCacheFactory {

  @Override
  public NodeStore newNodeStore(int capacity, Clock clock) {
    return new PlainNodeStore(capacity, clock) {
      @Override
      protected boolean isLive(Entry entry, long now) {
        return now <= entry.expiresAt();
      }
    };
  }
}
