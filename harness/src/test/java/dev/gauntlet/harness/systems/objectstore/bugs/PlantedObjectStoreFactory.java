package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.reference.objectstore.ReferenceGateway;
import dev.gauntlet.reference.objectstore.ReferenceObjectStoreFactory;
import dev.gauntlet.reference.objectstore.ShardChecksum;
import dev.gauntlet.specs.objectstore.ErasureCoder;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreEnvironment;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;

/**
 * The base of the planted object store bugs: the reference in every part, so that a subclass
 * changes exactly one thing: the coder, the checksum, the environment the gateway sees, or one
 * request of the gateway (by wrapping it).
 */
public abstract class PlantedObjectStoreFactory implements ObjectStoreFactory {

  private final ObjectStoreFactory reference = new ReferenceObjectStoreFactory();

  @Override
  public ErasureCoder newErasureCoder(int dataShards, int parityShards) {
    return reference.newErasureCoder(dataShards, parityShards);
  }

  @Override
  public final ObjectStore newGateway(ObjectStoreEnvironment environment) {
    ObjectStoreEnvironment seen = environment(environment);
    return gateway(new ReferenceGateway(seen,
        newErasureCoder(seen.dataShards(), seen.parityShards()), checksum()));
  }

  /** Returns the environment the reference gateway is given; the harness's by default. */
  ObjectStoreEnvironment environment(ObjectStoreEnvironment given) {
    return given;
  }

  /** Returns the checksum kept per shard; CRC32C by default. */
  ShardChecksum checksum() {
    return ShardChecksum.crc32c();
  }

  /** Returns the gateway the harness gets; the reference's by default. */
  ObjectStore gateway(ObjectStore reference) {
    return reference;
  }
}
