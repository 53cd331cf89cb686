package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.harness.sim.VirtualClock;
import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.cache.NodeHandle;
import dev.gauntlet.specs.cache.NodeStore;
import dev.gauntlet.specs.cache.NodeUnavailableException;
import java.time.Duration;
import java.util.Optional;

/**
 * One simulated cache node and the harness-owned handle clients reach it through: it counts every
 * request and injects crashes. Behind it runs a {@link NodeStore} from the candidate's factory.
 *
 * <p>A crash drops the store (memory is lost) and makes every call throw
 * {@link NodeUnavailableException}; a restart asks the factory for a fresh, empty store. Requests
 * are counted whether or not they succeed, since a request to a crashed node still costs the
 * client a round trip.
 */
public final class SimNode implements NodeHandle {

  private final String id;
  private final CacheFactory factory;
  private final int capacity;
  private final VirtualClock clock;
  private NodeStore store;
  private long requests;

  SimNode(String id, CacheFactory factory, int capacity, VirtualClock clock) {
    this.id = id;
    this.factory = factory;
    this.capacity = capacity;
    this.clock = clock;
    this.store = factory.newNodeStore(capacity, clock);
  }

  @Override
  public String id() {
    return id;
  }

  /** Returns whether the node is up (not crashed). */
  public boolean isUp() {
    return store != null;
  }

  /** Returns how many requests clients have sent this node, crashed or not. */
  public long requests() {
    return requests;
  }

  /** Sets the request count back to zero, e.g. after a warm-up. */
  void resetRequests() {
    requests = 0;
  }

  /** Crashes the node: its store and everything in it are gone. */
  void crash() {
    store = null;
  }

  /** Restarts a crashed node with a fresh, empty store from the candidate's factory. */
  void restart() {
    if (store != null) {
      throw new IllegalStateException(id + " is up; only a crashed node restarts");
    }
    store = factory.newNodeStore(capacity, clock);
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

  private NodeStore up() {
    requests++;
    if (store == null) {
      throw new NodeUnavailableException(id);
    }
    return store;
  }

  @Override
  public String toString() {
    return id + (isUp() ? "" : " (crashed)");
  }
}
