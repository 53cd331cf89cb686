package dev.gauntlet.reference.objectstore;

import dev.gauntlet.specs.objectstore.MetadataEntry;
import dev.gauntlet.specs.objectstore.MetadataNode;
import dev.gauntlet.specs.objectstore.NodeUnavailableException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The metadata nodes, and which one holds what. An object and its uploads live on the node
 * chosen by a hash of {@code bucket + "/" + key} (so one bucket's keys spread over all nodes);
 * bucket records are copied to every node, so an object request needs only its own node. Keys
 * on a node: {@code b/<bucket>}, {@code o/<bucket>/<key>}, {@code u/<bucket>/<uploadId>},
 * {@code p/<bucket>/<uploadId>/<part number, 5 digits>}; bucket names hold no '/'.
 */
final class MetadataShards {

  private final List<MetadataNode> nodes;

  MetadataShards(List<MetadataNode> nodes) {
    this.nodes = List.copyOf(nodes);
  }

  List<MetadataNode> all() {
    return nodes;
  }

  MetadataNode forKey(String bucket, String key) {
    return nodes.get((int) Long.remainderUnsigned(Digests.hash(bucket + "/" + key), nodes.size()));
  }

  static String bucketKey(String bucket) {
    return "b/" + bucket;
  }

  static String objectPrefix(String bucket) {
    return "o/" + bucket + "/";
  }

  static String objectKey(String bucket, String key) {
    return objectPrefix(bucket) + key;
  }

  static String uploadPrefix(String bucket) {
    return "u/" + bucket + "/";
  }

  static String uploadKey(String bucket, String uploadId) {
    return uploadPrefix(bucket) + uploadId;
  }

  static String partPrefix(String bucket, String uploadId) {
    return "p/" + bucket + "/" + uploadId + "/";
  }

  static String partKey(String bucket, String uploadId, int partNumber) {
    return partPrefix(bucket, uploadId) + String.format("%05d", partNumber);
  }

  /** Runs a node call, turning "node down" into ServiceUnavailable. */
  static <T> T call(MetadataNode node, Supplier<T> call) {
    try {
      return call.get();
    } catch (NodeUnavailableException e) {
      throw Errors.unavailable("metadata node " + node.id() + " is down", e);
    }
  }

  static Optional<MetadataEntry> get(MetadataNode node, String key) {
    return call(node, () -> node.get(key));
  }

  /** Returns every entry whose key starts with {@code prefix}, in batches. */
  static List<MetadataEntry> scanPrefix(MetadataNode node, String prefix, int limit) {
    return call(node, () -> node.scan(prefix, prefixEnd(prefix), limit));
  }

  /** The smallest key above every key that starts with {@code prefix} (which ends in ASCII). */
  static String prefixEnd(String prefix) {
    char last = prefix.charAt(prefix.length() - 1);
    return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
  }
}
