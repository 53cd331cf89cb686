package dev.gauntlet.reference.cache;

import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.cache.HashRing;
import dev.gauntlet.specs.cache.NodeStore;

/** The reference distributed cache: every part is a new object with state of its own. */
public final class ReferenceCacheFactory implements CacheFactory {

  /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
  public ReferenceCacheFactory() {}

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
