package gallery;

import dev.gauntlet.specs.cache.NodeStore;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A map without eviction or expiry: enough for a cluster to start, not to pass store checks. */
public class MapStore implements NodeStore {

  private final Map<String, String> entries = new HashMap<>();

  @Override
  public Optional<String> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  @Override
  public void put(String key, String value) {
    entries.put(key, value);
  }

  @Override
  public void put(String key, String value, Duration ttl) {
    if (ttl.isZero() || ttl.isNegative()) {
      throw new IllegalArgumentException("ttl must be positive");
    }
    entries.put(key, value);
  }

  @Override
  public boolean delete(String key) {
    return entries.remove(key) != null;
  }

  @Override
  public void clear() {
    entries.clear();
  }

  @Override
  public int size() {
    return entries.size();
  }
}
