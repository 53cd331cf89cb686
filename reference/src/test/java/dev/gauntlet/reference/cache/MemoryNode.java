package dev.gauntlet.reference.cache;

import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.NodeHandle;
import dev.gauntlet.specs.cache.NodeUnavailableException;
import java.time.Duration;
import java.util.Optional;

/** An in-memory node for tests: counts requests, crashes, and restarts with an empty store. */
final class MemoryNode implements NodeHandle {

  private final String id;
  private final Clock clock;
  private final int capacity;
  private LruTtlNodeStore store;
  private long requests;

  MemoryNode(String id, Clock clock, int capacity) {
    this.id = id;
    this.clock = clock;
    this.capacity = capacity;
    this.store = new LruTtlNodeStore(capacity, clock);
  }

  void crash() {
    store = null;
  }

  void restart() {
    if (store == null) {
      store = new LruTtlNodeStore(capacity, clock);
    }
  }

  boolean isDown() {
    return store == null;
  }

  long requests() {
    return requests;
  }

  void resetRequests() {
    requests = 0;
  }

  /** Reads the store directly, uncounted: what the node holds. */
  Optional<String> peek(String key) {
    return up().get(key);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Optional<String> get(String key) {
    return up().get(key);
  }

  @Override
  public void put(String key, String value) {
    up().put(key, value);
  }

  @Override
  public void put(String key, String value, Duration ttl) {
    up().put(key, value, ttl);
  }

  @Override
  public boolean delete(String key) {
    return up().delete(key);
  }

  @Override
  public void clear() {
    up().clear();
  }

  private LruTtlNodeStore up() {
    requests++;
    if (store == null) {
      throw new NodeUnavailableException(id);
    }
    return store;
  }
}
