package dev.gauntlet.reference.objectstore;

import dev.gauntlet.specs.objectstore.StorageNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the k + m nodes of a stripe: nodes are dealt round-robin over the zones (a node of
 * zone 1, of zone 2, of zone 3, then the next of each), so any k + m consecutive ones put at most
 * ceil((k + m) / zones) shards in a zone; each stripe starts at an offset from a hash of its id,
 * so load spreads when there are more nodes than shards.
 */
final class Placement {

  private final List<StorageNode> dealt = new ArrayList<>();
  private final Map<String, StorageNode> byId = new LinkedHashMap<>();

  Placement(List<StorageNode> nodes) {
    Map<String, List<StorageNode>> zones = new LinkedHashMap<>();
    for (StorageNode node : nodes) {
      zones.computeIfAbsent(node.zone(), z -> new ArrayList<>()).add(node);
      byId.put(node.id(), node);
    }
    for (int i = 0; dealt.size() < nodes.size(); i++) {
      for (List<StorageNode> zone : zones.values()) {
        if (i < zone.size()) {
          dealt.add(zone.get(i));
        }
      }
    }
  }

  int size() {
    return dealt.size();
  }

  /** Returns the nodes of a stripe's shards, in shard order. */
  List<StorageNode> choose(String stripeId, int shards) {
    if (shards > dealt.size()) {
      throw new IllegalStateException(shards + " shards need as many storage nodes; there are "
          + dealt.size());
    }
    int zones = (int) dealt.stream().map(StorageNode::zone).distinct().count();
    // Start on a zone boundary so that every zone gets its share of each stripe.
    int start = dealt.size() == shards ? 0
        : (int) Long.remainderUnsigned(Digests.hash(stripeId), dealt.size() / zones) * zones;
    List<StorageNode> chosen = new ArrayList<>(shards);
    for (int i = 0; i < shards; i++) {
      chosen.add(dealt.get((start + i) % dealt.size()));
    }
    return chosen;
  }

  StorageNode node(String id) {
    StorageNode node = byId.get(id);
    if (node == null) {
      throw new IllegalStateException("no storage node " + id);
    }
    return node;
  }
}
