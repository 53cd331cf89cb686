package gallery;

import dev.gauntlet.specs.cache.HashRing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A plain consistent-hashing ring, enough for the ring checks the gallery runs. */
public class Ring implements HashRing {

  private final int virtualNodes;
  private final TreeMap<Long, String> positions = new TreeMap<>();
  private final Set<String> nodes = new TreeSet<>();

  public Ring(int virtualNodes) {
    if (virtualNodes < 1) {
      throw new IllegalArgumentException("virtualNodes must be at least 1, was " + virtualNodes);
    }
    this.virtualNodes = virtualNodes;
  }

  @Override
  public void addNode(String nodeId) {
    if (nodes.add(nodeId)) {
      for (int i = 0; i < virtualNodes; i++) {
        positions.put(hash(nodeId + "#" + i), nodeId);
      }
    }
  }

  @Override
  public void removeNode(String nodeId) {
    if (nodes.remove(nodeId)) {
      positions.values().removeIf(nodeId::equals);
    }
  }

  @Override
  public Set<String> nodes() {
    return Set.copyOf(nodes);
  }

  @Override
  public String ownerOf(String key) {
    return replicasFor(key, 1).get(0);
  }

  @Override
  public List<String> replicasFor(String key, int replicationFactor) {
    if (replicationFactor < 1) {
      throw new IllegalArgumentException("replicationFactor must be at least 1");
    }
    if (positions.isEmpty()) {
      throw new IllegalStateException("the ring is empty");
    }
    long position = hash(key);
    List<String> replicas = new ArrayList<>();
    collect(positions.tailMap(position, true).values(), replicationFactor, replicas);
    collect(positions.headMap(position, false).values(), replicationFactor, replicas);
    return replicas;
  }

  private static void collect(Iterable<String> walk, int wanted, List<String> into) {
    for (String node : walk) {
      if (into.size() == wanted) {
        return;
      }
      if (!into.contains(node)) {
        into.add(node);
      }
    }
  }

  /** FNV-1a over the UTF-8 bytes, then a 64-bit finaliser to spread the bits. */
  static long hash(String text) {
    long h = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }
}
