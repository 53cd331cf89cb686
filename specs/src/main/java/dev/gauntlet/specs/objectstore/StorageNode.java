package dev.gauntlet.specs.objectstore;

import java.util.List;
import java.util.Optional;

/**
 * One storage node: a blob device in an availability zone, owned by the harness. A gateway writes
 * shards to it under ids of its own choosing. The harness counts every request and byte that
 * passes through it and injects faults here.
 *
 * <p>Faults: the node may be <b>down</b> (every call throws {@link NodeUnavailableException} and
 * has no effect), may <b>come back empty</b> (it lost its disk: every blob is gone), may hold a
 * blob with <b>flipped bits</b> (it returns the damaged bytes as if they were good: only a
 * checksum tells), and may fail <b>in the middle of a write</b> (down from that request on).
 * Blobs are copied in and out, so a caller's array is never shared with the node.
 */
public interface StorageNode {

  /** Returns the node's id; never changes. */
  String id();

  /** Returns the availability zone the node is in; never changes. */
  String zone();

  /**
   * Stores {@code data} under {@code blobId}, replacing any blob of that id.
   *
   * @param blobId the blob's id; not null
   * @param data the bytes; not null, may be empty
   * @throws NodeUnavailableException if the node is down
   */
  void put(String blobId, byte[] data);

  /**
   * Returns the bytes stored under {@code blobId}, as they are on the disk now.
   *
   * @param blobId the blob's id
   * @return a copy of the bytes, or empty if there is no such blob
   * @throws NodeUnavailableException if the node is down
   */
  Optional<byte[]> get(String blobId);

  /**
   * Removes the blob.
   *
   * @param blobId the blob's id
   * @return true if there was such a blob
   * @throws NodeUnavailableException if the node is down
   */
  boolean delete(String blobId);

  /**
   * Returns the ids of the blobs whose id starts with {@code prefix}, in {@link String} order.
   *
   * @param prefix the prefix; "" for all
   * @return the ids
   * @throws NodeUnavailableException if the node is down
   */
  List<String> list(String prefix);
}
