package dev.gauntlet.reference.objectstore;

import dev.gauntlet.specs.objectstore.ErasureCoder;
import dev.gauntlet.specs.objectstore.ErrorCode;
import dev.gauntlet.specs.objectstore.MetadataEntry;
import dev.gauntlet.specs.objectstore.MetadataNode;
import dev.gauntlet.specs.objectstore.ObjectStoreEnvironment;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the parts of one gateway share: the environment, the metadata shards, the stripes. */
final class Context {

  private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

  final ObjectStoreEnvironment env;
  final MetadataShards metadata;
  final StripeStore stripes;
  private long counter;

  Context(ObjectStoreEnvironment env, ErasureCoder coder, ShardChecksum checksum) {
    this.env = env;
    this.metadata = new MetadataShards(env.metadataNodes());
    this.stripes = new StripeStore(coder, checksum, new Placement(env.storageNodes()));
  }

  /** Returns an id no other gateway and no earlier call of this one made. */
  String uniqueId() {
    return env.gatewayId() + "-" + (++counter);
  }

  static void validBucketName(String bucket) {
    if (bucket == null || !BUCKET_NAME.matcher(bucket).matches() || bucket.contains("..")) {
      throw Errors.error(ErrorCode.INVALID_BUCKET_NAME, "invalid bucket name: " + bucket);
    }
  }

  static void validKey(String key) {
    if (key == null || key.isEmpty()) {
      throw Errors.error(ErrorCode.INVALID_ARGUMENT, "a key needs at least one character");
    }
    if (key.getBytes(StandardCharsets.UTF_8).length > dev.gauntlet.specs.objectstore.ObjectStore
        .MAX_KEY_BYTES) {
      throw Errors.error(ErrorCode.KEY_TOO_LONG, "the key is longer than 1024 UTF-8 bytes");
    }
  }

  /** Throws NoSuchBucket unless {@code node} holds the bucket's record. */
  static void requireBucket(MetadataNode node, String bucket) {
    if (bucket == null || MetadataShards.get(node, MetadataShards.bucketKey(bucket)).isEmpty()) {
      throw Errors.error(ErrorCode.NO_SUCH_BUCKET, "no bucket " + bucket);
    }
  }

  static Optional<ObjectMeta> decode(Optional<MetadataEntry> entry) {
    return entry.map(e -> Codec.object(e.value()));
  }

  /** Removes the stripes of a replaced or deleted version. */
  void discard(ObjectMeta old) {
    old.stripes().forEach(stripes::delete);
  }
}
