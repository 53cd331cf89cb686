package dev.gauntlet.reference.objectstore;

import java.util.List;

/**
 * One erasure-coded run of bytes (a whole single-put object, or one part): k data and m parity
 * shards of {@code shardSize} bytes each, shard i stored as blob {@code id + "." + i} on node
 * {@code nodes.get(i)}, with its CRC32C. The data shards hold the bytes in order, the last one
 * padded with zeros.
 *
 * @param id unique stripe id; the blob ids derive from it
 * @param length the bytes the stripe holds
 * @param shardSize the size of each shard
 * @param nodes the storage node id of each shard
 * @param crcs the CRC32C of each shard
 */
record Stripe(String id, long length, int shardSize, List<String> nodes, long[] crcs) {

  String blobId(int shard) {
    return id + "." + shard;
  }
}
