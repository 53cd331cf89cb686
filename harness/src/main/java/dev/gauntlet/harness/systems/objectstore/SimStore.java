package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.sim.VirtualClock;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A simulated object store deployment: storage nodes {@code s<zone>-<n>} in zones
 * {@code zone-a, zone-b, ...}, metadata nodes {@code meta-1..N}, a virtual clock, and the
 * candidate's gateways over them. Every node request passes through {@link #starting} and
 * {@link #finished}, where the harness counts it and where a {@link RequestHook} may act.
 */
public final class SimStore {

  /** The default layout: 3 zones of 3 storage nodes, 4 metadata nodes, 6 + 3 shards. */
  public static final int ZONES = 3;
  /** Storage nodes per zone by default. */
  public static final int NODES_PER_ZONE = 3;
  /** Metadata nodes by default. */
  public static final int METADATA_NODES = 4;
  /** The minimum part size the checks use instead of S3's 5 MiB (stated in the spec). */
  public static final long MINIMUM_PART_SIZE = 64;

  private final ObjectStoreFactory factory;
  private final VirtualClock clock = new VirtualClock(1_000_000);
  private final List<SimStorageNode> storage = new ArrayList<>();
  private final List<SimMetadataNode> metadata = new ArrayList<>();
  private final int dataShards;
  private final int parityShards;
  private final long minimumPartSize;
  private int gateways;
  private long requests;
  private RequestHook hook;

  /** Creates the default layout for {@code factory}. */
  public SimStore(ObjectStoreFactory factory) {
    this(factory, ZONES, NODES_PER_ZONE, METADATA_NODES, ObjectStoreFactory.DEFAULT_DATA_SHARDS,
        ObjectStoreFactory.DEFAULT_PARITY_SHARDS, MINIMUM_PART_SIZE);
  }

  /** Creates a layout of {@code zones × perZone} storage nodes and {@code metadataNodes}. */
  public SimStore(ObjectStoreFactory factory, int zones, int perZone, int metadataNodes,
      int dataShards, int parityShards, long minimumPartSize) {
    this.factory = factory;
    this.dataShards = dataShards;
    this.parityShards = parityShards;
    this.minimumPartSize = minimumPartSize;
    for (int n = 1; n <= perZone; n++) {
      for (int z = 0; z < zones; z++) {
        char zone = (char) ('a' + z);
        storage.add(new SimStorageNode("s" + zone + "-" + n, "zone-" + zone, this));
      }
    }
    storage.sort((a, b) -> a.id().compareTo(b.id()));
    for (int i = 1; i <= metadataNodes; i++) {
      metadata.add(new SimMetadataNode("meta-" + i, this));
    }
  }

  /** Creates a new gateway ({@code gateway-1}, {@code gateway-2}, ...) over every node. */
  public ObjectStore newGateway() {
    gateways++;
    return factory.newGateway(new SimEnvironment(List.copyOf(storage), List.copyOf(metadata),
        dataShards, parityShards, minimumPartSize, clock, "gateway-" + gateways));
  }

  /** Returns the clock. */
  public VirtualClock clock() {
    return clock;
  }

  /** Returns k. */
  public int dataShards() {
    return dataShards;
  }

  /** Returns m. */
  public int parityShards() {
    return parityShards;
  }

  /** Returns the storage nodes, by id. */
  public List<SimStorageNode> storageNodes() {
    return List.copyOf(storage);
  }

  /** Returns the metadata nodes, in order. */
  public List<SimMetadataNode> metadataNodes() {
    return List.copyOf(metadata);
  }

  /** Returns the storage node with this id. */
  public SimStorageNode storageNode(String id) {
    return storage.stream().filter(n -> n.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no storage node " + id));
  }

  /** Returns the storage nodes by zone, zones in order. */
  public Map<String, List<SimStorageNode>> zones() {
    Map<String, List<SimStorageNode>> zones = new LinkedHashMap<>();
    storage.stream().sorted((a, b) -> a.zone().compareTo(b.zone()))
        .forEach(n -> zones.computeIfAbsent(n.zone(), z -> new ArrayList<>()).add(n));
    return zones;
  }

  /** Returns the bytes held by all storage nodes. */
  public long storedBytes() {
    return storage.stream().mapToLong(SimStorageNode::storedBytes).sum();
  }

  /** Returns bytes read plus bytes written at the storage nodes so far. */
  public long bytesMoved() {
    return storage.stream().mapToLong(n -> n.bytesRead() + n.bytesWritten()).sum();
  }

  /** Returns the requests to all nodes so far. */
  public synchronized long requests() {
    return requests;
  }

  /** Sets the hook that sees every request (null for none). */
  public synchronized void hook(RequestHook newHook) {
    this.hook = newHook;
  }

  /** Takes the storage or metadata node with this id down. */
  public void fail(String nodeId) {
    storage.stream().filter(n -> n.id().equals(nodeId)).forEach(SimStorageNode::down);
    metadata.stream().filter(n -> n.id().equals(nodeId)).forEach(SimMetadataNode::down);
  }

  /** Brings every node back up, keeping what it holds. */
  public void restoreAll() {
    storage.forEach(SimStorageNode::restore);
    metadata.forEach(SimMetadataNode::restore);
  }

  void starting(NodeRequest request) {
    RequestHook current;
    synchronized (this) {
      requests++;
      current = hook;
    }
    if (current != null) {
      current.before(request);
    }
  }

  void finished(NodeRequest request) {
    RequestHook current;
    synchronized (this) {
      current = hook;
    }
    if (current != null) {
      current.after(request);
    }
  }
}
