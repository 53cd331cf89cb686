package gallery;

import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.cache.HashRing;
import dev.gauntlet.specs.cache.NodeStore;

/** The plain parts every gallery candidate shares; each overrides the part it abuses. */
public abstract class Parts implements CacheFactory {

  @Override
  public NodeStore newNodeStore(int capacity, Clock clock) {
    return new MapStore();
  }

  @Override
  public HashRing newRing(int virtualNodes) {
    return new Ring(virtualNodes);
  }

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    throw new UnsupportedOperationException("the gallery has no client");
  }
}
