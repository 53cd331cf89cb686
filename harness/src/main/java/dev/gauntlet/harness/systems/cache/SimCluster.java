package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.harness.sim.VirtualClock;
import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.cache.NodeHandle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A simulated cache cluster: nodes {@code node-1..node-N}, each a {@link SimNode} over a store
 * from the candidate's factory, shared by several candidate clients, on one {@link VirtualClock}.
 *
 * <p>The harness changes the cluster only through this class, so that every client hears of every
 * membership change: {@link #leave} calls {@code nodeLeft} on every client, {@link #join} calls
 * {@code nodeJoined}. A crash changes no membership: a crashed node stays a member, as the
 * contract says.
 */
public final class SimCluster {

  /** R for the cluster checks: 3, so two nodes may crash in one scenario (Dynamo's default). */
  public static final int DEFAULT_REPLICATION_FACTOR = 3;

  /** Entries per node: far more than any check writes, so no check sees an eviction. */
  public static final int DEFAULT_CAPACITY = 100_000;

  private final CacheFactory factory;
  private final VirtualClock clock = new VirtualClock();
  private final Map<String, SimNode> nodes = new LinkedHashMap<>();
  private final Set<String> members = new LinkedHashSet<>();
  private final List<CacheClient> clients = new ArrayList<>();
  private final int replicationFactor;
  private final long maxStalenessMillis;

  /**
   * Creates a cluster of {@code nodeCount} nodes, all members and up.
   *
   * @param factory the candidate's factory: its stores back the nodes, its clients use them
   * @param nodeCount N
   * @param replicationFactor R, handed to every client
   * @param maxStalenessMillis the staleness bound handed to every client
   */
  public SimCluster(CacheFactory factory, int nodeCount, int replicationFactor,
      long maxStalenessMillis) {
    this.factory = factory;
    this.replicationFactor = replicationFactor;
    this.maxStalenessMillis = maxStalenessMillis;
    for (int i = 1; i <= nodeCount; i++) {
      String id = "node-" + i;
      nodes.put(id, new SimNode(id, factory, DEFAULT_CAPACITY, clock));
      members.add(id);
    }
  }

  /** Returns the cluster's clock; only the harness advances it. */
  public VirtualClock clock() {
    return clock;
  }

  /** Returns R. */
  public int replicationFactor() {
    return replicationFactor;
  }

  /** Returns every node, members or not, in id order. */
  public List<SimNode> nodes() {
    return List.copyOf(nodes.values());
  }

  /** Returns the node with this id. */
  public SimNode node(String id) {
    SimNode node = nodes.get(id);
    if (node == null) {
      throw new IllegalArgumentException("no node " + id);
    }
    return node;
  }

  /** Returns the ids of the nodes that are members (have not left), in id order. */
  public Set<String> members() {
    return Collections.unmodifiableSet(members);
  }

  /** Creates a candidate client {@code client-<n>} over the current members. */
  public CacheClient newClient() {
    List<NodeHandle> handles = new ArrayList<>();
    members.forEach(id -> handles.add(nodes.get(id)));
    String clientId = "client-" + (clients.size() + 1);
    CacheClient client = factory.newClient(new SimEnvironment(List.copyOf(handles), clock,
        replicationFactor, maxStalenessMillis, clientId));
    clients.add(client);
    return client;
  }

  /** Returns the clients created so far, in order. */
  public List<CacheClient> clients() {
    return Collections.unmodifiableList(clients);
  }

  /** Crashes a node: it loses its memory and fails every request until restarted. */
  public void crash(String id) {
    node(id).crash();
  }

  /** Restarts a crashed node with an empty store. */
  public void restart(String id) {
    node(id).restart();
  }

  /** Takes a member out of the cluster; it keeps its data and stays up. Every client is told. */
  public void leave(String id) {
    node(id);
    if (!members.remove(id)) {
      throw new IllegalStateException(id + " is not a member");
    }
    clients.forEach(c -> c.nodeLeft(id));
  }

  /** Brings a node that left back into the cluster. Every client is told. */
  public void join(String id) {
    SimNode node = node(id);
    if (!members.add(id)) {
      throw new IllegalStateException(id + " is already a member");
    }
    clients.forEach(c -> c.nodeJoined(node));
  }

  /** Returns the requests each node has served since the last reset, by id. */
  public Map<String, Long> requestsPerNode() {
    Map<String, Long> counts = new LinkedHashMap<>();
    nodes.forEach((id, node) -> counts.put(id, node.requests()));
    return counts;
  }

  /** Sets every node's request count to zero. */
  public void resetRequests() {
    nodes.values().forEach(SimNode::resetRequests);
  }
}
