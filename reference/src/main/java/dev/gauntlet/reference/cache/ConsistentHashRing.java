package dev.gauntlet.reference.cache;

import dev.gauntlet.specs.cache.HashRing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToLongFunction;

/**
 * A consistent-hashing ring with virtual nodes (Karger et al., STOC'97).
 *
 * <p>Node {@code n} takes the positions {@code hash("n#0") … hash("n#(v-1)")}; a key sits at
 * {@code hash(key)}; the hash is the first 64 bits of MurmurHash3_x64_128 of the UTF-8 bytes. The
 * positions live in a {@link TreeMap}, so an owner is one ceiling search, O(log(N·v)), wrapping to
 * the first position past the top.
 *
 * <p>Placement depends only on membership and key. The one way insertion order could leak in is
 * two virtual nodes of different nodes at the same position (a 64-bit collision); then the
 * smallest node id holds the position, whatever order the nodes came in, and the others take it
 * back in that order as nodes leave.
 */
public final class ConsistentHashRing implements HashRing {

  private final int virtualNodes;
  private final ToLongFunction<String> hash;
  /** Position to the node holding it. */
  private final TreeMap<Long, String> positions = new TreeMap<>();
  /** The positions that more than one node hashes to, with every node that does. Usually empty. */
  private final Map<Long, TreeSet<String>> contested = new HashMap<>();
  private final Set<String> nodes = new LinkedHashSet<>();

  /**
   * Creates an empty ring.
   *
   * @param virtualNodes positions per physical node; at least 1
   * @throws IllegalArgumentException if {@code virtualNodes} is less than 1
   */
  public ConsistentHashRing(int virtualNodes) {
    this(virtualNodes, Murmur3::hash64);
  }

  /** Creates an empty ring with another hash function; for tests of collisions. */
  ConsistentHashRing(int virtualNodes, ToLongFunction<String> hash) {
    if (virtualNodes < 1) {
      throw new IllegalArgumentException("virtualNodes must be at least 1, was " + virtualNodes);
    }
    this.virtualNodes = virtualNodes;
    this.hash = hash;
  }

  @Override
  public void addNode(String nodeId) {
    Objects.requireNonNull(nodeId, "nodeId");
    if (!nodes.add(nodeId)) {
      return;
    }
    for (int i = 0; i < virtualNodes; i++) {
      take(hash.applyAsLong(nodeId + "#" + i), nodeId);
    }
  }

  @Override
  public void removeNode(String nodeId) {
    Objects.requireNonNull(nodeId, "nodeId");
    if (!nodes.remove(nodeId)) {
      return;
    }
    for (int i = 0; i < virtualNodes; i++) {
      release(hash.applyAsLong(nodeId + "#" + i), nodeId);
    }
  }

  @Override
  public Set<String> nodes() {
    return Set.copyOf(nodes);
  }

  @Override
  public String ownerOf(String key) {
    Objects.requireNonNull(key, "key");
    requireNodes();
    Map.Entry<Long, String> e = positions.ceilingEntry(hash.applyAsLong(key));
    return (e != null ? e : positions.firstEntry()).getValue();
  }

  @Override
  public List<String> replicasFor(String key, int replicationFactor) {
    Objects.requireNonNull(key, "key");
    if (replicationFactor < 1) {
      throw new IllegalArgumentException(
          "replicationFactor must be at least 1, was " + replicationFactor);
    }
    requireNodes();
    int wanted = Math.min(replicationFactor, nodes.size());
    long position = hash.applyAsLong(key);
    // Walk clockwise from the key, skipping virtual nodes of nodes already chosen (Dynamo).
    List<String> chosen = new ArrayList<>(wanted);
    if (collect(positions.tailMap(position, true).values(), chosen, wanted)) {
      return chosen;
    }
    collect(positions.headMap(position, false).values(), chosen, wanted);
    return chosen;
  }

  /** Adds distinct nodes from {@code walk} until {@code wanted}; returns whether it got there. */
  private static boolean collect(Iterable<String> walk, List<String> chosen, int wanted) {
    for (String node : walk) {
      // chosen holds at most R ids, and R is small: a list beats a hash set here.
      if (!chosen.contains(node)) {
        chosen.add(node);
        if (chosen.size() == wanted) {
          return true;
        }
      }
    }
    return false;
  }

  private void take(long position, String nodeId) {
    String holder = positions.putIfAbsent(position, nodeId);
    if (holder == null || holder.equals(nodeId) && !contested.containsKey(position)) {
      return;
    }
    TreeSet<String> claimants = contested.get(position);
    if (claimants == null) {
      claimants = new TreeSet<>();
      claimants.add(holder);
      contested.put(position, claimants);
    }
    claimants.add(nodeId);
    positions.put(position, claimants.first());
  }

  private void release(long position, String nodeId) {
    TreeSet<String> claimants = contested.get(position);
    if (claimants == null) {
      positions.remove(position, nodeId);
      return;
    }
    claimants.remove(nodeId);
    positions.put(position, claimants.first());
    if (claimants.size() == 1) {
      contested.remove(position);
    }
  }

  private void requireNodes() {
    if (nodes.isEmpty()) {
      throw new IllegalStateException("the ring has no nodes");
    }
  }
}
