package dev.gauntlet.harness.systems.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.cache.HashRing;
import dev.gauntlet.specs.cache.NodeHandle;
import dev.gauntlet.specs.cache.NodeStore;
import dev.gauntlet.specs.cache.NodeUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimClusterTests {

  /** Plain map stores and clients that only record what the cluster tells them. */
  static final class RecordingFactory implements CacheFactory {
    final List<String> events = new ArrayList<>();
    final List<CacheEnvironment> environments = new ArrayList<>();
    int storesMade;

    @Override
    public NodeStore newNodeStore(int capacity, Clock clock) {
      storesMade++;
      Map<String, String> map = new HashMap<>();
      return new NodeStore() {
        public Optional<String> get(String key) {
          return Optional.ofNullable(map.get(key));
        }

        public void put(String key, String value) {
          map.put(key, value);
        }

        public void put(String key, String value, Duration ttl) {
          map.put(key, value);
        }

        public boolean delete(String key) {
          return map.remove(key) != null;
        }

        public void clear() {
          map.clear();
        }

        public int size() {
          return map.size();
        }
      };
    }

    @Override
    public HashRing newRing(int virtualNodesPerNode) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CacheClient newClient(CacheEnvironment environment) {
      environments.add(environment);
      String me = environment.clientId();
      return new CacheClient() {
        public Optional<String> get(String key) {
          return Optional.empty();
        }

        public void put(String key, String value) {}

        public void put(String key, String value, Duration ttl) {}

        public void delete(String key) {}

        public void nodeJoined(NodeHandle node) {
          events.add(me + " joined " + node.id());
        }

        public void nodeLeft(String nodeId) {
          events.add(me + " left " + nodeId);
        }
      };
    }
  }

  @Test
  void aCrashLosesMemoryAndEveryCallThrowsUntilRestart() {
    RecordingFactory factory = new RecordingFactory();
    SimCluster cluster = new SimCluster(factory, 3, 2, 1000);
    SimNode node = cluster.node("node-2");
    node.put("k", "v");
    cluster.crash("node-2");
    assertFalse(node.isUp());
    assertThrows(NodeUnavailableException.class, () -> node.get("k"));
    assertThrows(NodeUnavailableException.class, () -> node.put("k", "w"));
    assertThrows(NodeUnavailableException.class, () -> node.delete("k"));
    assertThrows(NodeUnavailableException.class, node::clear);
    cluster.restart("node-2");
    assertTrue(node.isUp());
    assertEquals(Optional.empty(), node.get("k"), "a restarted node is empty");
    assertEquals(4, factory.storesMade, "three stores at the start, a fresh one on restart");
  }

  @Test
  void onlyACrashedNodeRestarts() {
    SimCluster cluster = new SimCluster(new RecordingFactory(), 2, 2, 1000);
    assertThrows(IllegalStateException.class, () -> cluster.restart("node-1"));
  }

  @Test
  void countsEveryRequestPerNodeIncludingFailedOnes() {
    SimCluster cluster = new SimCluster(new RecordingFactory(), 3, 2, 1000);
    cluster.node("node-1").put("a", "1");
    cluster.node("node-1").get("a");
    cluster.node("node-3").delete("a");
    cluster.crash("node-3");
    assertThrows(NodeUnavailableException.class, () -> cluster.node("node-3").get("a"));
    assertEquals(Map.of("node-1", 2L, "node-2", 0L, "node-3", 2L), cluster.requestsPerNode());
    cluster.resetRequests();
    assertEquals(Map.of("node-1", 0L, "node-2", 0L, "node-3", 0L), cluster.requestsPerNode());
  }

  @Test
  void leaveAndJoinAreToldToEveryClientAndTheNodeKeepsItsData() {
    RecordingFactory factory = new RecordingFactory();
    SimCluster cluster = new SimCluster(factory, 3, 2, 1000);
    cluster.newClient();
    cluster.newClient();
    cluster.node("node-1").put("k", "v");
    cluster.leave("node-1");
    assertEquals(List.of("node-2", "node-3"), List.copyOf(cluster.members()));
    cluster.join("node-1");
    assertEquals(List.of("client-1 left node-1", "client-2 left node-1",
        "client-1 joined node-1", "client-2 joined node-1"), factory.events);
    assertEquals(Optional.of("v"), cluster.node("node-1").get("k"), "a leaver keeps its data");
  }

  @Test
  void clientsAreGivenTheMembersClockAndSettings() {
    RecordingFactory factory = new RecordingFactory();
    SimCluster cluster = new SimCluster(factory, 4, 3, 250);
    cluster.leave("node-4");
    cluster.newClient();
    CacheEnvironment env = factory.environments.get(0);
    assertEquals(List.of("node-1", "node-2", "node-3"),
        env.nodes().stream().map(NodeHandle::id).toList());
    assertEquals(3, env.replicationFactor());
    assertEquals(250, env.maxStalenessMillis());
    assertEquals("client-1", env.clientId());
    cluster.clock().advance(7);
    assertEquals(7, env.clock().millis());
  }
}
