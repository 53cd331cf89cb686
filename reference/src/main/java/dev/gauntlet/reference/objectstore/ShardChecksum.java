package dev.gauntlet.reference.objectstore;

import java.util.zip.CRC32C;

/**
 * The checksum kept for each shard in the metadata and verified on every read and repair. A
 * decoder trusts the shards it is given, so this is the only thing that keeps a shard with
 * flipped bits from being decoded into an object. The reference uses CRC32C (hardware-assisted
 * in {@link java.util.zip.CRC32C}); the harness's planted bugs swap in one that sees nothing.
 */
@FunctionalInterface
public interface ShardChecksum {

  /** Returns the checksum of a shard. */
  long of(byte[] shard);

  /** Returns CRC32C. */
  static ShardChecksum crc32c() {
    return shard -> {
      CRC32C crc = new CRC32C();
      crc.update(shard);
      return crc.getValue();
    };
  }
}
