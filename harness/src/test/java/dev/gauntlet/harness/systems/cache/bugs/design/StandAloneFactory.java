package dev.gauntlet.harness.systems.cache.bugs.design;

import dev.gauntlet.harness.systems.cache.bugs.PlainNodeStore;
import dev.gauntlet.harness.systems.cache.bugs.PlainRing;
import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;
import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.cache.HashRing;
import dev.gauntlet.specs.cache.NodeStore;

/**
 * The base of the planted design bugs: {@link PlainNodeStore}, {@link PlainRing} and
 * {@link PlainClient}, none of which depends on the reference or the harness's main classes.
 *
 * <p>The other planted bugs delegate to the reference, which is itself a design violation
 * ({@code cache.design.specs-only}); a design bug built on this base breaks exactly one design
 * rule. {@link dev.gauntlet.harness.systems.cache.bugs.design.clean.StandAloneParts} proves the
 * base breaks none.
 */
public abstract class StandAloneFactory implements CacheFactory {

  @Override
  public NodeStore newNodeStore(int capacity, Clock clock) {
    return new PlainNodeStore(capacity, clock);
  }

  @Override
  public HashRing newRing(int virtualNodesPerNode) {
    return new PlainRing(virtualNodesPerNode);
  }

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    return new PlainClient(environment, newRing());
  }
}
