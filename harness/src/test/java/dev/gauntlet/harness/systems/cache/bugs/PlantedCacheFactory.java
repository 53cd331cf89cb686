package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.reference.cache.ReferenceCacheFactory;
import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.cache.HashRing;
import dev.gauntlet.specs.cache.NodeStore;

/**
 * The base of the planted bugs: the reference for every part, so that a subclass changes exactly
 * the one part that holds its bug. The reference classes are final, so a buggy store or ring is a
 * {@link PlainNodeStore} or {@link PlainRing} with one method overridden.
 */
public abstract class PlantedCacheFactory implements CacheFactory {

  private final CacheFactory reference = new ReferenceCacheFactory();

  @Override
  public NodeStore newNodeStore(int capacity, Clock clock) {
    return reference.newNodeStore(capacity, clock);
  }

  @Override
  public HashRing newRing(int virtualNodesPerNode) {
    return reference.newRing(virtualNodesPerNode);
  }

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    return reference.newClient(environment);
  }
}
