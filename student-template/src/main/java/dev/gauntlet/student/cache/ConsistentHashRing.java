package dev.gauntlet.student.cache;

import dev.gauntlet.specs.cache.HashRing;
import java.util.List;
import java.util.Set;

/**
 * A consistent-hashing ring with virtual nodes (specs/cache.md §4).
 *
 * <p>Placement must depend only on the set of nodes and the key: use a fixed hash of the UTF-8
 * bytes (MurmurHash3, or the first 8 bytes of MD5 from {@code java.security.MessageDigest}) and a
 * sorted structure ({@code TreeMap<Long, String>}) for the clockwise search.
 */
public final class ConsistentHashRing implements HashRing {

  private final int virtualNodesPerNode;

  /**
   * Creates an empty ring.
   *
   * @param virtualNodesPerNode positions each physical node takes; at least 1
   */
  public ConsistentHashRing(int virtualNodesPerNode) {
    this.virtualNodesPerNode = virtualNodesPerNode;
  }

  @Override
  public void addNode(String nodeId) {
    throw new UnsupportedOperationException(
        "TODO: place the node's virtual nodes on the ring; see specs/cache.md §4.1");
  }

  @Override
  public void removeNode(String nodeId) {
    throw new UnsupportedOperationException(
        "TODO: remove all the node's virtual nodes; only its keys may move; see specs/cache.md §4.2");
  }

  @Override
  public Set<String> nodes() {
    throw new UnsupportedOperationException(
        "TODO: return an unmodifiable snapshot of the node ids; see specs/cache.md §4");
  }

  @Override
  public String ownerOf(String key) {
    throw new UnsupportedOperationException(
        "TODO: first virtual node at or after the key's position, wrapping around, in"
            + " O(log(N*v)); see specs/cache.md §4.1 and §4.5");
  }

  @Override
  public List<String> replicasFor(String key, int replicationFactor) {
    throw new UnsupportedOperationException(
        "TODO: walk clockwise, skipping nodes already chosen, until R distinct nodes (all if"
            + " R > N); see specs/cache.md §4.4");
  }
}
