package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Planted bug: a near cache that serves a client its own stale write. Answers are cached for
 * half the staleness bound (the reference underneath gets the other half, so staleness stays
 * within bounds), but the client's own put neither updates nor drops the cached answer.
 * {@code cache.hotkeys.load} must catch it (read your writes).
 */
public final class StaleOwnWriteFactory extends BuggyClientFactory {

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    long half = environment.maxStalenessMillis() / 2;
    CacheClient inner = reference.newClient(ChangedEnvironment.staleness(environment, half));
    return new ForwardingClient(inner) {
      private final Map<String, Optional<String>> cached = new HashMap<>();
      private final Map<String, Long> fetchedAt = new HashMap<>();

      @Override
      public Optional<String> get(String key) {
        long now = environment.clock().millis();
        Long at = fetchedAt.get(key);
        if (at != null && now - at < half) {
          return cached.get(key);
        }
        Optional<String> value = delegate.get(key);
        cached.put(key, value);
        fetchedAt.put(key, now);
        return value;
      }

      @Override
      public void put(String key, String value) {
        delegate.put(key, value); // the bug: the cached answer for key is left as it was
      }
    };
  }
}
