package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.reference.objectstore.ShardChecksum;

/**
 * Planted bug: no checksum. Every shard "checks out", so a data shard with flipped bits is
 * read as it is and returned. {@code objectstore.durability.bit-rot} must catch it.
 */
public final class NoChecksumFactory extends PlantedObjectStoreFactory {

  @Override
  ShardChecksum checksum() {
    return shard -> 0;
  }
}
