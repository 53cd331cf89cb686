package dev.gauntlet.reference.cache;

import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import dev.gauntlet.specs.cache.NodeHandle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Nodes, a clock and clients that are told of every join and leave, as the harness does. */
final class TestCluster {

  final TestClock clock = new TestClock(1_000);
  final Map<String, MemoryNode> nodes = new LinkedHashMap<>();
  final Map<String, MemoryNode> members = new LinkedHashMap<>();
  final List<CacheClient> clients = new ArrayList<>();
  private final int replication;
  private final long maxStaleness;

  TestCluster(int nodeCount, int replication, long maxStaleness) {
    this.replication = replication;
    this.maxStaleness = maxStaleness;
    for (int i = 0; i < nodeCount; i++) {
      MemoryNode node = new MemoryNode("node-" + i, clock, 1_000_000);
      nodes.put(node.id(), node);
      members.put(node.id(), node);
    }
  }

  CacheClient newClient(String clientId) {
    List<NodeHandle> current = new ArrayList<>(members.values());
    CacheClient client =
        new ReferenceCacheFactory()
            .newClient(
                new CacheEnvironment() {
                  @Override
                  public List<NodeHandle> nodes() {
                    return current;
                  }

                  @Override
                  public Clock clock() {
                    return clock;
                  }

                  @Override
                  public int replicationFactor() {
                    return replication;
                  }

                  @Override
                  public long maxStalenessMillis() {
                    return maxStaleness;
                  }

                  @Override
                  public String clientId() {
                    return clientId;
                  }
                });
    clients.add(client);
    return client;
  }

  MemoryNode node(String id) {
    return nodes.get(id);
  }

  void leave(String id) {
    members.remove(id);
    clients.forEach(c -> c.nodeLeft(id));
  }

  void join(String id) {
    MemoryNode node = nodes.get(id);
    members.put(id, node);
    clients.forEach(c -> c.nodeJoined(node));
  }

  /** The key's preference list, as every client's ring computes it. */
  List<String> preferenceList(String key) {
    ConsistentHashRing ring = new ConsistentHashRing(200);
    members.keySet().forEach(ring::addNode);
    return ring.replicasFor(key, members.size());
  }
}
