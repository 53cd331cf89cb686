package dev.gauntlet.reference.objectstore;

import dev.gauntlet.specs.objectstore.ErasureCoder;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreEnvironment;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;

/** The reference object store, found by ServiceLoader. */
public final class ReferenceObjectStoreFactory implements ObjectStoreFactory {

  /** Creates the factory. */
  public ReferenceObjectStoreFactory() {}

  @Override
  public ErasureCoder newErasureCoder(int dataShards, int parityShards) {
    return new ReedSolomon(dataShards, parityShards);
  }

  @Override
  public ObjectStore newGateway(ObjectStoreEnvironment environment) {
    return new ReferenceGateway(environment,
        newErasureCoder(environment.dataShards(), environment.parityShards()),
        ShardChecksum.crc32c());
  }
}
