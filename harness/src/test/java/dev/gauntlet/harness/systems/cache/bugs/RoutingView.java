package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.reference.cache.ReferenceCacheFactory;
import dev.gauntlet.specs.cache.CacheEnvironment;
import dev.gauntlet.specs.cache.HashRing;
import dev.gauntlet.specs.cache.NodeHandle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A planted bug's own copy of the membership and the reference ring, to route a request itself. */
final class RoutingView {

  private final HashRing ring = new ReferenceCacheFactory().newRing();
  private final Map<String, NodeHandle> handles = new HashMap<>();

  RoutingView(CacheEnvironment env) {
    env.nodes().forEach(this::joined);
  }

  void joined(NodeHandle node) {
    handles.put(node.id(), node);
    ring.addNode(node.id());
  }

  void left(String id) {
    handles.remove(id);
    ring.removeNode(id);
  }

  /** Returns the key's preference list: every member, in ring order. */
  List<NodeHandle> preferenceList(String key) {
    return ring.replicasFor(key, handles.size()).stream().map(handles::get).toList();
  }
}
