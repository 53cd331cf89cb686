package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.specs.cache.HashRing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A correct, plain consistent-hashing ring that each planted ring bug changes in one overridden
 * method. {@link PlainPartsFactory} proves it passes the ring checks as it is.
 */
public class PlainRing implements HashRing {

  protected final int virtualNodes;
  /** Position to node; on a collision the smaller id holds it, whatever the order of joins. */
  protected final TreeMap<Long, String> positions = new TreeMap<>();
  private final Set<String> nodes = new TreeSet<>();

  public PlainRing(int virtualNodes) {
    this.virtualNodes = virtualNodes;
  }

  @Override
  public void addNode(String nodeId) {
    if (nodes.add(nodeId)) {
      place(nodeId);
    }
  }

  @Override
  public void removeNode(String nodeId) {
    if (nodes.remove(nodeId)) {
      positions.clear(); // rebuilding is slow but cannot lose a position another node shared
      nodes.forEach(this::place);
    }
  }

  @Override
  public Set<String> nodes() {
    return Set.copyOf(nodes);
  }

  @Override
  public String ownerOf(String key) {
    requireNodes();
    return ownerAt(hash(key));
  }

  @Override
  public List<String> replicasFor(String key, int replicationFactor) {
    if (replicationFactor < 1) {
      throw new IllegalArgumentException("replicationFactor must be at least 1");
    }
    requireNodes();
    int wanted = Math.min(replicationFactor, nodes.size());
    List<String> chosen = new ArrayList<>();
    long position = hash(key);
    for (Iterable<String> walk : List.of(positions.tailMap(position, true).values(),
        positions.headMap(position, false).values())) {
      for (String node : walk) {
        if (chosen.size() == wanted) {
          return chosen;
        }
        if (!alreadyChosen(chosen, node)) {
          chosen.add(node);
        }
      }
    }
    return chosen;
  }

  /** Returns whether the walk skips {@code node}'s virtual node: it was chosen already. */
  protected boolean alreadyChosen(List<String> chosen, String node) {
    return chosen.contains(node);
  }

  /** Returns the node of the first position at or after {@code position}, wrapping around. */
  protected String ownerAt(long position) {
    Map.Entry<Long, String> e = positions.ceilingEntry(position);
    return (e != null ? e : positions.firstEntry()).getValue();
  }

  /** Returns the name hashed for virtual node {@code i} of {@code nodeId}. */
  protected String virtualNodeName(String nodeId, int i) {
    return nodeId + "#" + i;
  }

  /** Returns the position of {@code s}: FNV-1a over its UTF-8 bytes, then SplitMix64's finaliser. */
  protected long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }

  private void place(String nodeId) {
    for (int i = 0; i < virtualNodes; i++) {
      positions.merge(hash(virtualNodeName(nodeId, i)), nodeId,
          (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
  }

  private void requireNodes() {
    if (nodes.isEmpty()) {
      throw new IllegalStateException("the ring has no nodes");
    }
  }
}
