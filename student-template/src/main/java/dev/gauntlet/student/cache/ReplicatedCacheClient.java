package dev.gauntlet.student.cache;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import dev.gauntlet.specs.cache.NodeHandle;
import java.time.Duration;
import java.util.Optional;

/**
 * The client: routes requests to the nodes through its own ring, replicates each key on R nodes,
 * survives crashes and rejoins, and spreads hot-key load (specs/cache.md §5).
 *
 * <p>The constructor must not call the nodes: build the ring from {@code environment.nodes()}
 * (with {@link dev.gauntlet.specs.cache.CacheFactory#DEFAULT_VIRTUAL_NODES}) and keep the
 * handles by id. Read time only from {@code environment.clock()}.
 */
public final class ReplicatedCacheClient implements CacheClient {

  private final CacheEnvironment environment;

  /**
   * Creates a client over the environment's current members.
   *
   * @param environment the nodes, clock and settings the harness provides
   */
  public ReplicatedCacheClient(CacheEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Optional<String> get(String key) {
    throw new UnsupportedOperationException(
        "TODO: read from the key's replicas, newest version wins, never stale nor lost after"
            + " crashes; see specs/cache.md §5.1 and §5.4");
  }

  @Override
  public void put(String key, String value) {
    throw new UnsupportedOperationException(
        "TODO: write a versioned value to R live nodes of the key's preference list; see"
            + " specs/cache.md §5.1");
  }

  @Override
  public void put(String key, String value, Duration ttl) {
    throw new UnsupportedOperationException(
        "TODO: as put, with the same expiry on every replica; see specs/cache.md §5.1");
  }

  @Override
  public void delete(String key) {
    throw new UnsupportedOperationException(
        "TODO: remove the key so no replica can serve it again; see specs/cache.md §5.1");
  }

  @Override
  public void nodeJoined(NodeHandle node) {
    throw new UnsupportedOperationException(
        "TODO: add the node to the ring without serving what it held before; see"
            + " specs/cache.md §5.2");
  }

  @Override
  public void nodeLeft(String nodeId) {
    throw new UnsupportedOperationException(
        "TODO: take the node out of the ring; see specs/cache.md §5.2");
  }
}
