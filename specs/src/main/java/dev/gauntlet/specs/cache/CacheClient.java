package dev.gauntlet.specs.cache;

import java.time.Duration;
import java.util.Optional;

/**
 * A client of the distributed cache. It routes every request through the {@link NodeHandle}s of
 * its {@link CacheEnvironment}, placing keys with its own {@link HashRing}. Used by one thread at a
 * time; several clients may share the nodes.
 *
 * <p>Guarantees the harness checks (see {@code specs/cache.md}):
 *
 * <ul>
 *   <li><b>Durability under crashes.</b> A put that returned is stored on R distinct live nodes,
 *       where R is {@link CacheEnvironment#replicationFactor()}; as long as at most R - 1 nodes
 *       have crashed since, a get returns it. (If fewer than R members were up, it is stored on
 *       all of them and survives one crash fewer than their number.) A crashed node restarts empty: a miss there must not
 *       hide the value another replica holds, nor may an older value elsewhere win over it.
 *   <li><b>No stale reads after a rejoin.</b> A node that left and joins again may still hold
 *       values that were overwritten while it was away; they must never be served.
 *   <li><b>Read your writes.</b> A get returns this client's latest put or delete of the key.
 *   <li><b>Bounded staleness.</b> Another client's completed write is seen within
 *       {@link CacheEnvironment#maxStalenessMillis()} of the clock.
 *   <li><b>Hot keys.</b> Under a skewed (Zipf) workload the busiest node takes no more than a
 *       bounded multiple of the mean load.
 * </ul>
 *
 * <p>A request fails with {@link NodeUnavailableException} only when no node that could serve it
 * is up.
 */
public interface CacheClient {

  /**
   * Returns the value of {@code key}.
   *
   * @param key the key; not null
   * @return the value, or empty if the key is absent, deleted or expired
   * @throws NodeUnavailableException if every node that may hold the key is down
   */
  Optional<String> get(String key);

  /**
   * Stores {@code value} under {@code key} with no expiry.
   *
   * @param key the key; not null
   * @param value the value; not null
   * @throws NodeUnavailableException if no node that may hold the key is up
   */
  void put(String key, String value);

  /**
   * Stores {@code value} under {@code key}, to expire {@code ttl} after now.
   *
   * @param key the key; not null
   * @param value the value; not null
   * @param ttl the time to live; positive
   * @throws NodeUnavailableException if no node that may hold the key is up
   */
  void put(String key, String value, Duration ttl);

  /**
   * Removes {@code key} from every node that holds it.
   *
   * @param key the key; not null
   * @throws NodeUnavailableException if no node that may hold the key is up
   */
  void delete(String key);

  /**
   * Called by the harness when a node joins the cluster (a new node, or one that left before).
   * The harness tells every client of a join before any client sends another request.
   *
   * @param node the joining node's handle
   */
  void nodeJoined(NodeHandle node);

  /**
   * Called by the harness when a node leaves the cluster on purpose. The node keeps what it
   * holds; it may join again later.
   *
   * @param nodeId the id of the leaving node
   */
  void nodeLeft(String nodeId);
}
