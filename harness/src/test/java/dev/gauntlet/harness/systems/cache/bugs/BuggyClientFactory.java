package dev.gauntlet.harness.systems.cache.bugs;

import dev.gauntlet.reference.cache.ReferenceCacheFactory;
import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.cache.HashRing;
import dev.gauntlet.specs.cache.NodeStore;

/** The reference's stores and ring, with a client that a planted bug changes in one place. */
abstract class BuggyClientFactory implements CacheFactory {

  final ReferenceCacheFactory reference = new ReferenceCacheFactory();

  @Override
  public NodeStore newNodeStore(int capacity, Clock clock) {
    return reference.newNodeStore(capacity, clock);
  }

  @Override
  public HashRing newRing(int virtualNodesPerNode) {
    return reference.newRing(virtualNodesPerNode);
  }

  @Override
  public abstract CacheClient newClient(CacheEnvironment environment);
}
