package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.ObjectStoreEnvironment;

/**
 * Planted bug: replication instead of erasure coding. The gateway stores every object as three
 * full copies (Reed-Solomon with k = 1, m = 2 is exactly that): 3.0x the bytes instead of 1.5x.
 * {@code objectstore.durability.overhead} must catch it.
 */
public final class ReplicationFactory extends PlantedObjectStoreFactory {

  @Override
  ObjectStoreEnvironment environment(ObjectStoreEnvironment given) {
    return ChangedEnvironment.of(given).withShards(1, 2);
  }
}
