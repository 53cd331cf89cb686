package dev.gauntlet.harness.systems.cache.bugs.design.threads;

import dev.gauntlet.harness.systems.cache.bugs.PlainNodeStore;
import dev.gauntlet.harness.systems.cache.bugs.design.StandAloneFactory;
import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.NodeStore;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Planted bug: the node store sweeps expired entries on a background thread of its own, started
 * with the first put that has a TTL. Must fail {@code cache.design.no-threads}. The design checks
 * only read its classes; no put with a TTL runs, so no thread starts.
 */
public final class SweeperStore extends StandAloneFactory {

  @Override
  public NodeStore newNodeStore(int capacity, Clock clock) {
    return new PlainNodeStore(capacity, clock) {
      private ScheduledExecutorService sweeper;

      @Override
      public void put(String key, String value, Duration ttl) {
        if (sweeper == null) {
          sweeper = Executors.newSingleThreadScheduledExecutor();
          sweeper.scheduleAtFixedRate(this::size, 1, 1, TimeUnit.SECONDS);
        }
        super.put(key, value, ttl);
      }
    };
  }
}
