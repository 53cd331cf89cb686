package dev.gauntlet.harness.systems.cache;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An obviously correct {@link dev.gauntlet.specs.cache.NodeStore}, written for clarity rather than
 * speed, that the store checks compare a candidate with after every step.
 *
 * <p>It drops expired entries eagerly, before every operation. A store may keep them longer, but
 * an expired entry is never returned, never counted and never evicted instead of dropped, so no
 * caller can tell the difference. For each key that is not live it remembers why (evicted,
 * expired, deleted, cleared), so that a failure can name the guarantee that broke.
 */
final class NodeStoreModel {

  /** Why a key has no live entry. */
  enum Absence {
    NEVER_PUT, EVICTED, EXPIRED, DELETED, CLEARED
  }

  /** A live entry; {@code expiresAt} is {@link Long#MAX_VALUE} for an entry without a TTL. */
  record Entry(String value, long putAt, long expiresAt) {

    boolean hasTtl() {
      return expiresAt != Long.MAX_VALUE;
    }
  }

  private final int capacity;
  /** Live entries, least recently used first. */
  private final LinkedHashMap<String, Entry> live = new LinkedHashMap<>();
  private final Map<String, Absence> absent = new HashMap<>();

  NodeStoreModel(int capacity) {
    this.capacity = capacity;
  }

  Optional<String> get(String key, long now) {
    expire(now);
    Entry entry = live.remove(key);
    if (entry == null) {
      return Optional.empty(); // a miss changes no recency
    }
    live.put(key, entry);
    return Optional.of(entry.value());
  }

  /**
   * Puts a value; {@code ttlMillis} 0 means no expiry. Returns the key evicted to make room, or
   * null.
   */
  String put(String key, String value, long ttlMillis, long now) {
    expire(now);
    long expiresAt = ttlMillis == 0 ? Long.MAX_VALUE : now + ttlMillis;
    String evicted = null;
    if (live.remove(key) == null && live.size() == capacity) {
      evicted = live.keySet().iterator().next();
      live.remove(evicted);
      absent.put(evicted, Absence.EVICTED);
    }
    live.put(key, new Entry(value, now, expiresAt));
    absent.remove(key);
    return evicted;
  }

  boolean delete(String key, long now) {
    expire(now);
    boolean removed = live.remove(key) != null;
    if (removed) {
      absent.put(key, Absence.DELETED);
    }
    return removed;
  }

  void clear(long now) {
    expire(now);
    live.keySet().forEach(k -> absent.put(k, Absence.CLEARED));
    live.clear();
  }

  int size(long now) {
    expire(now);
    return live.size();
  }

  /** Returns the live entry of {@code key}, without touching its recency. */
  Optional<Entry> peek(String key, long now) {
    expire(now);
    return Optional.ofNullable(live.get(key));
  }

  /** Returns why {@code key} has no live entry. */
  Absence absence(String key) {
    return absent.getOrDefault(key, Absence.NEVER_PUT);
  }

  /** Returns true if some key's latest entry has expired (a store may still hold it). */
  boolean anyExpired() {
    return absent.containsValue(Absence.EXPIRED);
  }

  /** Returns the live keys, least recently used first, for messages. */
  String recencyOrder() {
    return String.join(", ", live.keySet());
  }

  private void expire(long now) {
    for (Iterator<Map.Entry<String, Entry>> it = live.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Entry> e = it.next();
      if (now >= e.getValue().expiresAt()) {
        it.remove();
        absent.put(e.getKey(), Absence.EXPIRED);
      }
    }
  }
}
