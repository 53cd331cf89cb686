package dev.gauntlet.specs.objectstore;

import dev.gauntlet.specs.Clock;
import java.util.List;

/**
 * What the harness hands a gateway: the storage and metadata nodes, the clock, and the settings
 * of the store. Every gateway over the same nodes gets the same nodes, in the same order.
 */
public interface ObjectStoreEnvironment {

  /**
   * Returns the storage nodes, grouped in zones (by default 3 zones of 3 nodes). Each object's
   * k + m shards go to k + m distinct nodes, at most m of them in one zone.
   *
   * @return every storage node, in a fixed order
   */
  List<StorageNode> storageNodes();

  /**
   * Returns the metadata nodes (by default 4) over which object metadata is sharded by a hash of
   * bucket and key.
   *
   * @return every metadata node, in a fixed order
   */
  List<MetadataNode> metadataNodes();

  /** Returns k, the data shards per stripe ({@link ObjectStoreFactory#DEFAULT_DATA_SHARDS}). */
  int dataShards();

  /** Returns m, the parity shards per stripe: any m shards of an object may be lost. */
  int parityShards();

  /**
   * Returns the smallest size, in bytes, of every part of a multipart upload but the last,
   * checked at completion. S3's is 5 MiB ({@link ObjectStore#S3_MINIMUM_PART_SIZE}); the harness
   * sets a small one so that its scenarios need no 5 MiB parts.
   *
   * @return the minimum part size, at least 1
   */
  long minimumPartSize();

  /**
   * Returns the only time source the gateway may read (for last-modified times).
   *
   * @return the clock
   */
  Clock clock();

  /**
   * Returns this gateway's id, distinct among all gateways ever created over these nodes. Build
   * unique ids (object versions, upload ids) from it and a counter: no randomness, so that a
   * scenario replays exactly.
   *
   * @return the id
   */
  String gatewayId();
}
