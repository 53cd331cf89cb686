package dev.gauntlet.student.cache;

import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.cache.HashRing;
import dev.gauntlet.specs.cache.NodeStore;

/**
 * Your distributed cache. The harness finds this class through
 * {@code META-INF/services/dev.gauntlet.specs.cache.CacheFactory}; keep that file listing it (or
 * whatever you rename it to). Each method returns a new object that keeps its state in its own
 * fields: no static mutable state, or a simulated crash will not lose a node's memory.
 */
public final class StudentCacheFactory implements CacheFactory {

  /** Creates the factory; the harness calls this through {@link java.util.ServiceLoader}. */
  public StudentCacheFactory() {}

  @Override
  public NodeStore newNodeStore(int capacity, Clock clock) {
    return new LruTtlNodeStore(capacity, clock);
  }

  @Override
  public HashRing newRing(int virtualNodesPerNode) {
    return new ConsistentHashRing(virtualNodesPerNode);
  }

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    return new ReplicatedCacheClient(environment);
  }
}
