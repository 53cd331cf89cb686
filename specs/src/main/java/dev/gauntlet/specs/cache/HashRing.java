package dev.gauntlet.specs.cache;

import java.util.List;
import java.util.Set;

/**
 * A consistent-hashing ring: maps keys to physical nodes, each of which takes several positions
 * (virtual nodes) on the ring. Not thread-safe.
 *
 * <p><b>Placement depends only on membership and key.</b> Two rings with the same virtual-node
 * count and the same set of nodes give the same answers for every key, whatever order the nodes
 * were added or removed in. So the hash must be a fixed function of the bytes of its input:
 * {@link String#hashCode()} is allowed but spreads poorly; MD5, MurmurHash3 or xxHash of the
 * UTF-8 bytes spread well.
 *
 * <p><b>Monotonicity.</b> When a node joins, every key keeps its owner or moves to the new node;
 * when a node leaves, only its keys move. Modulo hashing ({@code hash(key) % n}) breaks this.
 *
 * <p><b>Balance.</b> With {@link CacheFactory#DEFAULT_VIRTUAL_NODES} virtual nodes per node, no
 * node owns much more than its share of keys; more virtual nodes must mean less spread.
 *
 * <p><b>Cost.</b> {@link #ownerOf} and {@link #replicasFor} take O(log(N·v)) for N nodes of v
 * virtual nodes each (a search in a sorted structure), plus O(R) steps for R replicas when few
 * nodes are absent.
 */
public interface HashRing {

  /**
   * Adds a physical node. Adding a node that is already present changes nothing.
   *
   * @param nodeId the node's id; not null
   */
  void addNode(String nodeId);

  /**
   * Removes a physical node and all its virtual nodes. Removing an absent node changes nothing.
   *
   * @param nodeId the node's id; not null
   */
  void removeNode(String nodeId);

  /**
   * Returns the physical nodes on the ring.
   *
   * @return an unmodifiable snapshot of the node ids
   */
  Set<String> nodes();

  /**
   * Returns the node that owns {@code key}: the node of the first virtual node at or after the
   * key's position, going clockwise and wrapping around.
   *
   * @param key the key; not null
   * @return the owner's id
   * @throws IllegalStateException if the ring has no nodes
   */
  String ownerOf(String key);

  /**
   * Returns the nodes that hold copies of {@code key}: walking clockwise from the key's position,
   * the first {@code replicationFactor} distinct physical nodes (virtual nodes of a node already
   * chosen are skipped, as Dynamo does). The first element is {@link #ownerOf(String)}; the list
   * for R is a prefix of the list for R + 1; when R exceeds the number of nodes, all nodes are
   * returned, in walk order.
   *
   * @param key the key; not null
   * @param replicationFactor how many distinct nodes; at least 1
   * @return the distinct node ids, owner first
   * @throws IllegalStateException if the ring has no nodes
   * @throws IllegalArgumentException if {@code replicationFactor} is less than 1
   */
  List<String> replicasFor(String key, int replicationFactor);
}
