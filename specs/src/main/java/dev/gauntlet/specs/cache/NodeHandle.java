package dev.gauntlet.specs.cache;

import java.time.Duration;
import java.util.Optional;

/**
 * The client's connection to one cache node, owned by the harness. Behind it runs a
 * {@link NodeStore} from the candidate's own factory. The harness counts every request that
 * passes through a handle and injects faults here.
 *
 * <p>While the node is crashed every call throws {@link NodeUnavailableException}. A crashed node
 * restarts with an empty store: whatever it held is gone. The methods mean what the
 * {@link NodeStore} methods of the same name mean. A client may store anything it likes in the
 * values (a version, a timestamp): the node store treats them as opaque strings.
 */
public interface NodeHandle {

  /**
   * Returns the node's id, as it appears on the ring.
   *
   * @return the id; never changes
   */
  String id();

  /**
   * See {@link NodeStore#get(String)}.
   *
   * @param key the key
   * @return the live value, or empty
   * @throws NodeUnavailableException if the node is crashed
   */
  Optional<String> get(String key);

  /**
   * See {@link NodeStore#put(String, String)}.
   *
   * @param key the key
   * @param value the value
   * @throws NodeUnavailableException if the node is crashed
   */
  void put(String key, String value);

  /**
   * See {@link NodeStore#put(String, String, Duration)}.
   *
   * @param key the key
   * @param value the value
   * @param ttl the time to live
   * @throws NodeUnavailableException if the node is crashed
   */
  void put(String key, String value, Duration ttl);

  /**
   * See {@link NodeStore#delete(String)}.
   *
   * @param key the key
   * @return true if a live entry was removed
   * @throws NodeUnavailableException if the node is crashed
   */
  boolean delete(String key);

  /**
   * See {@link NodeStore#clear()}.
   *
   * @throws NodeUnavailableException if the node is crashed
   */
  void clear();
}
