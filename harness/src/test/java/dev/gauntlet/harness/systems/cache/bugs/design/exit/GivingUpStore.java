package dev.gauntlet.harness.systems.cache.bugs.design.exit;

import dev.gauntlet.harness.systems.cache.bugs.PlainNodeStore;
import dev.gauntlet.harness.systems.cache.bugs.design.StandAloneFactory;
import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.NodeStore;

/**
 * Planted bug: the node store gives up on a value it cannot hold by ending the JVM with
 * {@code System.exit}. Must fail {@code cache.design.no-exit}. The design checks only read its
 * classes; nothing here runs the exit.
 */
public final class GivingUpStore extends StandAloneFactory {

  @Override
  public NodeStore newNodeStore(int capacity, Clock clock) {
    return new PlainNodeStore(capacity, clock) {
      @Override
      public void put(String key, String value) {
        if (value.length() > 1 << 20) {
          System.exit(1);
        }
        super.put(key, value);
      }
    };
  }
}
