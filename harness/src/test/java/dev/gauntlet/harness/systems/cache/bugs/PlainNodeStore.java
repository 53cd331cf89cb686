package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.NodeStore;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * A correct, plain LRU + TTL store that each planted store bug changes in one overridden method.
 * {@link PlainPartsFactory} proves it passes the store checks as it is.
 */
public class PlainNodeStore implements NodeStore {

  /** An entry; {@code expiresAt} is {@link Long#MAX_VALUE} without a TTL. */
  protected record Entry(String value, long expiresAt) {}

  private final int capacity;
  private final Clock clock;
  /** Entries, least recently used first. */
  protected final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

  public PlainNodeStore(int capacity, Clock clock) {
    this.capacity = capacity;
    this.clock = clock;
  }

  @Override
  public Optional<String> get(String key) {
    Entry entry = entries.get(key);
    if (entry == null || !isLive(entry, clock.millis())) {
      return Optional.empty();
    }
    entries.remove(key);
    entries.put(key, entry);
    return Optional.of(entry.value());
  }

  @Override
  public void put(String key, String value) {
    store(key, new Entry(value, Long.MAX_VALUE));
  }

  @Override
  public void put(String key, String value, Duration ttl) {
    if (ttl.isZero() || ttl.isNegative()) {
      throw new IllegalArgumentException("ttl must be positive, was " + ttl);
    }
    store(key, new Entry(value, clock.millis() + ttl.toMillis()));
  }

  @Override
  public boolean delete(String key) {
    Entry entry = entries.remove(key);
    return entry != null && isLive(entry, clock.millis());
  }

  @Override
  public void clear() {
    entries.clear();
  }

  @Override
  public int size() {
    return liveCount();
  }

  /** Returns the number of live entries; eviction uses this, so a bug in size() stays there. */
  protected final int liveCount() {
    return (int) entries.values().stream().filter(e -> isLive(e, clock.millis())).count();
  }

  /** Returns whether {@code entry} is live at {@code now}. */
  protected boolean isLive(Entry entry, long now) {
    return now < entry.expiresAt();
  }

  /** Returns the key to evict from a full store of live entries: the least recently used. */
  protected String victim() {
    return entries.keySet().iterator().next();
  }

  private void store(String key, Entry entry) {
    Entry old = entries.remove(key);
    boolean replacing = old != null && isLive(old, clock.millis());
    if (!replacing && liveCount() >= capacity) {
      for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
        if (!isLive(it.next(), clock.millis())) {
          it.remove();
        }
      }
      if (entries.size() >= capacity) {
        entries.remove(victim());
      }
    }
    entries.put(key, entry);
  }
}
