package dev.gauntlet.specs.cache;

import java.time.Duration;
import java.util.Optional;

/**
 * The local store of one cache node: a map from key to value with a capacity, least-recently-used
 * eviction and per-entry time to live. It is not thread-safe; the harness and the client call it
 * from one thread at a time.
 *
 * <p><b>Live entries.</b> An entry put at time {@code t} with a time to live {@code d} is live
 * while {@code clock.millis() < t + d} and expired from {@code t + d} on. An entry put without a
 * time to live never expires. An expired entry is never returned, is not counted by
 * {@link #size()}, and is never chosen for eviction while it could instead be dropped.
 *
 * <p><b>Recency.</b> A successful {@link #get} and every {@link #put} make the key the most
 * recently used. A {@code get} that finds nothing, {@link #delete} and {@link #size} change no
 * recency.
 *
 * <p><b>Eviction.</b> When a put adds a new key while {@code capacity} live entries are held, the
 * store first drops its expired entries; if it is still full it evicts exactly one entry, the
 * least recently used live one. Replacing the value of a live key never evicts anything. The
 * order is exact, not approximate (Redis's {@code allkeys-lru} samples; this store must not).
 */
public interface NodeStore {

  /**
   * Returns the live value of {@code key} and makes it the most recently used.
   *
   * @param key the key; not null
   * @return the value, or empty if the key is absent or expired
   */
  Optional<String> get(String key);

  /**
   * Stores {@code value} under {@code key} with no expiry, replacing any previous value and
   * clearing any previous time to live (as Redis {@code SET} does).
   *
   * @param key the key; not null
   * @param value the value; not null
   */
  void put(String key, String value);

  /**
   * Stores {@code value} under {@code key}, to expire {@code ttl} after now.
   *
   * @param key the key; not null
   * @param value the value; not null
   * @param ttl the time to live; positive, in whole milliseconds
   * @throws IllegalArgumentException if {@code ttl} is zero or negative
   */
  void put(String key, String value, Duration ttl);

  /**
   * Removes {@code key}.
   *
   * @param key the key; not null
   * @return true if a live entry was removed
   */
  boolean delete(String key);

  /**
   * Removes every entry (as {@code FLUSHALL} does).
   */
  void clear();

  /**
   * Returns the number of live entries.
   *
   * @return the number of live entries, at most the capacity
   */
  int size();
}
