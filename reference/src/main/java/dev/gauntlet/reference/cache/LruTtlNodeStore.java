package dev.gauntlet.reference.cache;

import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.NodeStore;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A node store with exact LRU eviction and per-entry time to live.
 *
 * <p>Three structures over the same entries: a hash map from key to entry; a doubly linked list in
 * recency order (head = least recently used, tail = most recently used); and an index of the
 * entries that have a time to live, ordered by expiry. Every operation first drops the entries
 * whose expiry has passed (the front of the expiry index), so between operations the store holds
 * live entries only: {@link #size()} is the map's size, and eviction never has to choose between
 * an expired and a live entry. Each operation costs O(1) plus O(log t) for t entries with a TTL,
 * plus O(log t) per expired entry dropped.
 */
public final class LruTtlNodeStore implements NodeStore {

  /** Expiry of an entry put without a time to live. */
  private static final long NEVER = Long.MAX_VALUE;

  private static final Comparator<Entry> BY_EXPIRY =
      Comparator.<Entry>comparingLong(e -> e.expiresAt).thenComparingLong(e -> e.seq);

  private final int capacity;
  private final Clock clock;
  private final Map<String, Entry> entries = new HashMap<>();
  private final TreeSet<Entry> byExpiry = new TreeSet<>(BY_EXPIRY);
  /** Sentinel of the recency list: head.next is the LRU entry, head.prev the MRU one. */
  private final Entry head = new Entry(null, null);
  /** Tie-breaker in the expiry index, so entries with the same expiry stay distinct. */
  private long nextSeq;

  /**
   * Creates an empty store.
   *
   * @param capacity the most live entries held; at least 1
   * @param clock the time source for TTLs
   * @throws IllegalArgumentException if {@code capacity} is less than 1
   */
  public LruTtlNodeStore(int capacity, Clock clock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
    this.clock = Objects.requireNonNull(clock, "clock");
    head.prev = head;
    head.next = head;
  }

  @Override
  public Optional<String> get(String key) {
    Objects.requireNonNull(key, "key");
    dropExpired();
    Entry e = entries.get(key);
    if (e == null) {
      return Optional.empty();
    }
    moveToTail(e);
    return Optional.of(e.value);
  }

  @Override
  public void put(String key, String value) {
    store(key, value, NEVER);
  }

  @Override
  public void put(String key, String value, Duration ttl) {
    Objects.requireNonNull(ttl, "ttl");
    if (ttl.isZero() || ttl.isNegative()) {
      throw new IllegalArgumentException("ttl must be positive, was " + ttl);
    }
    store(key, value, expiryOf(clock.millis(), ttl));
  }

  @Override
  public boolean delete(String key) {
    Objects.requireNonNull(key, "key");
    dropExpired();
    Entry e = entries.get(key);
    if (e == null) {
      return false;
    }
    remove(e);
    return true;
  }

  @Override
  public void clear() {
    entries.clear();
    byExpiry.clear();
    head.prev = head;
    head.next = head;
  }

  @Override
  public int size() {
    dropExpired();
    return entries.size();
  }

  /**
   * Returns the expiry of an entry put at {@code now} with {@code ttl}: {@code now + ttl} in whole
   * milliseconds, at least one millisecond after now, saturating instead of overflowing.
   */
  static long expiryOf(long now, Duration ttl) {
    long millis;
    try {
      millis = Math.max(1, ttl.toMillis());
    } catch (ArithmeticException tooLong) {
      return NEVER;
    }
    long sum = now + millis;
    return sum < now ? NEVER : sum;
  }

  private void store(String key, String value, long expiresAt) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    dropExpired();
    Entry e = entries.get(key);
    if (e != null) {
      // Replacing a live key: never evicts. A put without TTL clears the old one (Redis SET).
      e.value = value;
      setExpiry(e, expiresAt);
      moveToTail(e);
      return;
    }
    if (entries.size() >= capacity) {
      remove(head.next); // expired entries are already gone: this is the LRU live entry
    }
    e = new Entry(key, value);
    entries.put(key, e);
    setExpiry(e, expiresAt);
    linkAtTail(e);
  }

  private void setExpiry(Entry e, long expiresAt) {
    if (e.expiresAt != NEVER) {
      byExpiry.remove(e);
    }
    e.expiresAt = expiresAt;
    if (expiresAt != NEVER) {
      e.seq = nextSeq++;
      byExpiry.add(e);
    }
  }

  /** Drops every entry whose expiry is at or before now: live means {@code now < expiresAt}. */
  private void dropExpired() {
    if (byExpiry.isEmpty()) {
      return;
    }
    long now = clock.millis();
    Entry first;
    while (!byExpiry.isEmpty() && (first = byExpiry.first()).expiresAt <= now) {
      remove(first);
    }
  }

  private void remove(Entry e) {
    entries.remove(e.key);
    if (e.expiresAt != NEVER) {
      byExpiry.remove(e);
    }
    unlink(e);
  }

  private void moveToTail(Entry e) {
    unlink(e);
    linkAtTail(e);
  }

  private void linkAtTail(Entry e) {
    e.prev = head.prev;
    e.next = head;
    head.prev.next = e;
    head.prev = e;
  }

  private static void unlink(Entry e) {
    e.prev.next = e.next;
    e.next.prev = e.prev;
    e.prev = null;
    e.next = null;
  }

  private static final class Entry {
    final String key;
    String value;
    long expiresAt = NEVER;
    long seq;
    Entry prev;
    Entry next;

    Entry(String key, String value) {
      this.key = key;
      this.value = value;
    }
  }
}
