package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Planted bug: a near cache with no time to live. It keeps the client's own writes current, but
 * an answer it fetched is served forever, however long ago another client overwrote it.
 * {@code cache.hotkeys.load} must catch it (bounded staleness).
 */
public final class UnboundedNearCacheFactory extends BuggyClientFactory {

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    return new ForwardingClient(reference.newClient(environment)) {
      private final Map<String, Optional<String>> cached = new HashMap<>();

      @Override
      public Optional<String> get(String key) {
        return cached.computeIfAbsent(key, delegate::get); // the bug: never expires
      }

      @Override
      public void put(String key, String value) {
        delegate.put(key, value);
        cached.put(key, Optional.of(value));
      }

      @Override
      public void delete(String key) {
        delegate.delete(key);
        cached.put(key, Optional.empty());
      }
    };
  }
}
