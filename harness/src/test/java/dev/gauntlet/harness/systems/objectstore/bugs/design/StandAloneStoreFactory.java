package dev.gauntlet.harness.systems.objectstore.bugs.design;

import dev.gauntlet.specs.objectstore.ErasureCoder;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreEnvironment;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;

/**
 * The base of the planted object store design bugs: {@link XorCoder} and {@link EmptyGateway},
 * neither of which depends on the reference or the harness's main classes. The other planted
 * bugs delegate to the reference, itself a design violation
 * ({@code objectstore.design.specs-only}); a design bug built on this base breaks exactly one
 * rule. {@link dev.gauntlet.harness.systems.objectstore.bugs.design.clean.StandAloneStoreParts}
 * proves the base breaks none. (Design checks read code; they run none of the gateway.)
 */
public abstract class StandAloneStoreFactory implements ObjectStoreFactory {

  @Override
  public ErasureCoder newErasureCoder(int dataShards, int parityShards) {
    return new XorCoder(dataShards, parityShards);
  }

  @Override
  public ObjectStore newGateway(ObjectStoreEnvironment environment) {
    return new EmptyGateway(environment);
  }
}
