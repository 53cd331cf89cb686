package dev.gauntlet.harness.systems.cache.bugs.design;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import dev.gauntlet.specs.cache.HashRing;
import dev.gauntlet.specs.cache.NodeHandle;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A plain client that keeps each key on its ring owner only, without replication. Enough for the
 * design checks, which read classes and never run a client; not meant to pass the client checks.
 */
public class PlainClient implements CacheClient {

  private final HashRing ring;
  private final Map<String, NodeHandle> nodes = new HashMap<>();

  public PlainClient(CacheEnvironment environment, HashRing ring) {
    this.ring = ring;
    environment.nodes().forEach(this::nodeJoined);
  }

  @Override
  public Optional<String> get(String key) {
    return owner(key).get(key);
  }

  @Override
  public void put(String key, String value) {
    owner(key).put(key, value);
  }

  @Override
  public void put(String key, String value, Duration ttl) {
    owner(key).put(key, value, ttl);
  }

  @Override
  public void delete(String key) {
    owner(key).delete(key);
  }

  @Override
  public void nodeJoined(NodeHandle node) {
    nodes.put(node.id(), node);
    ring.addNode(node.id());
  }

  @Override
  public void nodeLeft(String nodeId) {
    nodes.remove(nodeId);
    ring.removeNode(nodeId);
  }

  /** Returns the node that holds {@code key}. */
  protected NodeHandle owner(String key) {
    return nodes.get(ring.ownerOf(key));
  }
}
