package dev.gauntlet.student.objectstore;

import dev.gauntlet.specs.objectstore.ErasureCoder;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreEnvironment;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;

/**
 * Your object store. The harness finds this class through
 * {@code META-INF/services/dev.gauntlet.specs.objectstore.ObjectStoreFactory}; keep that file
 * listing it (or whatever you rename it to). Keep state in objects, never in static fields, and
 * a gateway's state only where every gateway can see it: on the nodes.
 */
public final class StudentObjectStoreFactory implements ObjectStoreFactory {

  /** Creates the factory; the harness calls this through {@link java.util.ServiceLoader}. */
  public StudentObjectStoreFactory() {}

  @Override
  public ErasureCoder newErasureCoder(int dataShards, int parityShards) {
    return new ReedSolomonCoder(dataShards, parityShards);
  }

  @Override
  public ObjectStore newGateway(ObjectStoreEnvironment environment) {
    return new Gateway(environment);
  }
}
