package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import dev.gauntlet.specs.cache.NodeHandle;
import java.time.Duration;
import java.util.Optional;

/**
 * Planted bug: a node that rejoins is not cleared. It still holds what it had when it left, and
 * a key deleted (or overwritten and since removed elsewhere) while it was away comes back from
 * it: versions cannot help, since nothing newer is left to win. {@code cache.replication.rejoin}
 * must catch it.
 */
public final class NoClearOnRejoinFactory extends BuggyClientFactory {

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    return new ForwardingClient(reference.newClient(environment)) {
      @Override
      public void nodeJoined(NodeHandle node) {
        delegate.nodeJoined(new NodeHandle() {
          public String id() {
            return node.id();
          }

          public Optional<String> get(String key) {
            return node.get(key);
          }

          public void put(String key, String value) {
            node.put(key, value);
          }

          public void put(String key, String value, Duration ttl) {
            node.put(key, value, ttl);
          }

          public boolean delete(String key) {
            return node.delete(key);
          }

          public void clear() {
            // the bug: what the node held while away stays
          }
        });
      }
    };
  }
}
