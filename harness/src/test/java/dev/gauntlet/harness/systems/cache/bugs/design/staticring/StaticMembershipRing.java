package dev.gauntlet.harness.systems.cache.bugs.design.staticring;

import dev.gauntlet.harness.systems.cache.bugs.PlainRing;
import dev.gauntlet.harness.systems.cache.bugs.design.StandAloneFactory;
import dev.gauntlet.specs.cache.HashRing;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Planted bug: the ring keeps its members in a static map, shared by every ring and surviving a
 * simulated crash. Must fail {@code cache.design.no-static-state}.
 */
public final class StaticMembershipRing extends StandAloneFactory {

  @Override
  public HashRing newRing(int virtualNodesPerNode) {
    return new MembersInStaticMap(virtualNodesPerNode);
  }

  /** A plain ring that answers {@code nodes()} from a static map. */
  static final class MembersInStaticMap extends PlainRing {

    private static final Map<String, Integer> MEMBERS = new TreeMap<>();

    MembersInStaticMap(int virtualNodes) {
      super(virtualNodes);
    }

    @Override
    public void addNode(String nodeId) {
      MEMBERS.put(nodeId, virtualNodes);
      super.addNode(nodeId);
    }

    @Override
    public void removeNode(String nodeId) {
      MEMBERS.remove(nodeId);
      super.removeNode(nodeId);
    }

    @Override
    public Set<String> nodes() {
      return Set.copyOf(MEMBERS.keySet());
    }
  }
}
