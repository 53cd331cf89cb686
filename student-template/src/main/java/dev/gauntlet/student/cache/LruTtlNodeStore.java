package dev.gauntlet.student.cache;

import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.NodeStore;
import java.time.Duration;
import java.util.Optional;

/**
 * The store of one cache node: exact LRU eviction and per-entry TTL (specs/cache.md §3).
 *
 * <p>Read time only from {@code clock}. Aim for O(1) or O(log n) per operation: a hash map plus a
 * doubly linked list in recency order, and an index of expiring entries ordered by expiry, is
 * one way (§8).
 */
public final class LruTtlNodeStore implements NodeStore {

  private final int capacity;
  private final Clock clock;

  /**
   * Creates an empty store.
   *
   * @param capacity the most live entries held; at least 1
   * @param clock the only time source to read
   */
  public LruTtlNodeStore(int capacity, Clock clock) {
    this.capacity = capacity;
    this.clock = clock;
  }

  @Override
  public Optional<String> get(String key) {
    throw new UnsupportedOperationException(
        "TODO: return the live value and make the key most recently used; see specs/cache.md §3");
  }

  @Override
  public void put(String key, String value) {
    throw new UnsupportedOperationException(
        "TODO: store without expiry, clearing any old TTL; evict the LRU live entry only when a"
            + " new key arrives at capacity; see specs/cache.md §3.2");
  }

  @Override
  public void put(String key, String value, Duration ttl) {
    throw new UnsupportedOperationException(
        "TODO: store with expiry at now + ttl (live while now < expiry); reject ttl <= 0; see"
            + " specs/cache.md §3.1");
  }

  @Override
  public boolean delete(String key) {
    throw new UnsupportedOperationException(
        "TODO: remove the key, true only if a live entry was removed; see specs/cache.md §3");
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException("TODO: remove every entry; see specs/cache.md §3");
  }

  @Override
  public int size() {
    throw new UnsupportedOperationException(
        "TODO: count live entries only (expired ones do not count); see specs/cache.md §3.1");
  }
}
