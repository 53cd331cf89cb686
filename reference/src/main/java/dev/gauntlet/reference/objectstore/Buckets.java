package dev.gauntlet.reference.objectstore;

import dev.gauntlet.specs.objectstore.ErrorCode;
import dev.gauntlet.specs.objectstore.MetadataEntry;
import dev.gauntlet.specs.objectstore.MetadataNode;
import dev.gauntlet.specs.objectstore.NodeUnavailableException;
import java.util.ArrayList;
import java.util.List;

/**
 * Bucket requests. A bucket's record is copied to every metadata node, so that an object request
 * needs only the node of its key; creating or deleting a bucket needs them all.
 */
final class Buckets {

  private final Context ctx;

  Buckets(Context ctx) {
    this.ctx = ctx;
  }

  void create(String bucket) {
    Context.validBucketName(bucket);
    String key = MetadataShards.bucketKey(bucket);
    List<MetadataNode> missing = new ArrayList<>();
    for (MetadataNode node : ctx.metadata.all()) {
      if (MetadataShards.get(node, key).isEmpty()) {
        missing.add(node);
      }
    }
    if (missing.isEmpty()) {
      throw Errors.error(ErrorCode.BUCKET_ALREADY_EXISTS, "bucket " + bucket + " exists");
    }
    // Nodes missing the record after an earlier, interrupted create get it now.
    for (MetadataNode node : missing) {
      MetadataShards.call(node, () -> node.compareAndSet(key, MetadataNode.ABSENT, new byte[] {1}));
    }
  }

  void delete(String bucket) {
    String key = MetadataShards.bucketKey(bucket);
    boolean exists = false;
    for (MetadataNode node : ctx.metadata.all()) {
      exists |= MetadataShards.get(node, key).isPresent();
      if (!MetadataShards.scanPrefix(node, MetadataShards.objectPrefix(bucket), 1).isEmpty()
          || !MetadataShards.scanPrefix(node, MetadataShards.uploadPrefix(bucket), 1).isEmpty()) {
        throw Errors.error(ErrorCode.BUCKET_NOT_EMPTY, "bucket " + bucket + " is not empty");
      }
    }
    if (!exists) {
      throw Errors.error(ErrorCode.NO_SUCH_BUCKET, "no bucket " + bucket);
    }
    for (MetadataNode node : ctx.metadata.all()) {
      MetadataShards.call(node, () -> node.delete(key));
    }
  }

  List<String> list() {
    NodeUnavailableException last = null;
    for (MetadataNode node : ctx.metadata.all()) {
      try {
        List<String> names = new ArrayList<>();
        for (MetadataEntry e : node.scan("b/", "b0", Integer.MAX_VALUE)) {
          names.add(e.key().substring(2));
        }
        return names;
      } catch (NodeUnavailableException e) {
        last = e;
      }
    }
    throw Errors.unavailable("every metadata node is down", last);
  }
}
