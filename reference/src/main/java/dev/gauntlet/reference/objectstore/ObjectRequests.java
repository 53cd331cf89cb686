package dev.gauntlet.reference.objectstore;

import dev.gauntlet.specs.objectstore.ByteRange;
import dev.gauntlet.specs.objectstore.ContentRange;
import dev.gauntlet.specs.objectstore.ErrorCode;
import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.MetadataEntry;
import dev.gauntlet.specs.objectstore.MetadataNode;
import dev.gauntlet.specs.objectstore.ObjectData;
import dev.gauntlet.specs.objectstore.ObjectInfo;
import dev.gauntlet.specs.objectstore.ObjectStoreException;
import dev.gauntlet.specs.objectstore.PutOptions;
import java.util.List;
import java.util.Optional;

/**
 * Single-object requests. A put writes the new version's shards under a fresh stripe id first,
 * then publishes by compare-and-set of the key's metadata entry, then removes the replaced
 * version's shards: a reader sees the old version or the new one, and a put cut short before its
 * compare-and-set leaves only unreferenced shards behind.
 */
final class ObjectRequests {

  /** How often a read that lost its shards to a concurrent overwrite starts again. */
  private static final int READ_ATTEMPTS = 3;

  private final Context ctx;

  ObjectRequests(Context ctx) {
    this.ctx = ctx;
  }

  ObjectInfo put(String bucket, String key, byte[] data, PutOptions options) {
    Context.validKey(key);
    if (options.ifMatch() != null && options.ifNoneMatchAny()) {
      throw Errors.error(ErrorCode.INVALID_ARGUMENT, "If-Match and If-None-Match together");
    }
    MetadataNode node = ctx.metadata.forKey(bucket, key);
    Context.requireBucket(node, bucket);
    String entryKey = MetadataShards.objectKey(bucket, key);
    Optional<MetadataEntry> current = MetadataShards.get(node, entryKey);
    Conditions.checkWrite(Context.decode(current), options.ifMatch(), options.ifNoneMatchAny());
    List<Stripe> stripes = data.length == 0 ? List.of()
        : List.of(ctx.stripes.write(ctx.uniqueId(), data));
    ObjectMeta meta = new ObjectMeta(key, data.length, Digests.hex(Digests.md5(data)),
        options.effectiveContentType(), options.userMetadata(), ctx.env.clock().millis(),
        stripes);
    publish(node, entryKey, current, meta, options.ifMatch(), options.ifNoneMatchAny(), true);
    return meta.info();
  }

  /**
   * Compare-and-sets {@code meta} as the key's entry, re-reading and re-checking the conditions
   * whenever another writer got there first. On failure the new stripes are removed if
   * {@code discardOnFailure} (a put's own stripes; not the parts of an upload, which stays).
   */
  void publish(MetadataNode node, String entryKey, Optional<MetadataEntry> current,
      ObjectMeta meta, String ifMatch, boolean ifNoneMatchAny, boolean discardOnFailure) {
    try {
      while (true) {
        Optional<ObjectMeta> old = Context.decode(current);
        Conditions.checkWrite(old, ifMatch, ifNoneMatchAny);
        long version = current.map(MetadataEntry::version).orElse(MetadataNode.ABSENT);
        byte[] value = Codec.object(meta);
        if (MetadataShards.call(node, () -> node.compareAndSet(entryKey, version, value))) {
          old.ifPresent(ctx::discard);
          return;
        }
        current = MetadataShards.get(node, entryKey);
      }
    } catch (ObjectStoreException e) {
      if (discardOnFailure) {
        meta.stripes().forEach(ctx.stripes::delete);
      }
      throw e;
    }
  }

  ObjectData get(String bucket, String key, GetOptions options) {
    ObjectMeta meta = find(bucket, key, options);
    long[] span = resolve(options.range(), meta.size());
    for (int attempt = 1; ; attempt++) {
      try {
        byte[] body = span == null ? read(meta, 0, meta.size() - 1) : read(meta, span[0], span[1]);
        ContentRange range = span == null ? null
            : new ContentRange(span[0], span[1], meta.size());
        return new ObjectData(meta.info(), body, range);
      } catch (ObjectStoreException e) {
        // The shards may have gone with a version replaced since the metadata was read.
        ObjectMeta now = find(bucket, key, options);
        if (attempt == READ_ATTEMPTS || now.stripes().equals(meta.stripes())
            || e.code() != ErrorCode.SERVICE_UNAVAILABLE) {
          throw e;
        }
        meta = now;
        span = resolve(options.range(), meta.size());
      }
    }
  }

  ObjectInfo head(String bucket, String key, GetOptions options) {
    return find(bucket, key, options).info();
  }

  private ObjectMeta find(String bucket, String key, GetOptions options) {
    Context.validKey(key);
    MetadataNode node = ctx.metadata.forKey(bucket, key);
    Context.requireBucket(node, bucket);
    ObjectMeta meta = Context.decode(MetadataShards.get(node,
        MetadataShards.objectKey(bucket, key))).orElseThrow(
            () -> Errors.error(ErrorCode.NO_SUCH_KEY, "no key " + key + " in " + bucket));
    Conditions.checkRead(meta, options);
    return meta;
  }

  /** Returns {first, last} of the range by S3's rules, or null for the whole object. */
  static long[] resolve(ByteRange range, long size) {
    if (range == null) {
      return null;
    }
    if (range.isSuffix()) {
      if (range.suffixLength() == 0 || size == 0) {
        throw Errors.error(ErrorCode.INVALID_RANGE, range + " of an object of " + size + " bytes");
      }
      return new long[] {size - Math.min(range.suffixLength(), size), size - 1};
    }
    if (range.first() >= size) {
      throw Errors.error(ErrorCode.INVALID_RANGE, range + " of an object of " + size + " bytes");
    }
    long last = range.last() == -1 ? size - 1 : Math.min(range.last(), size - 1);
    return new long[] {range.first(), last};
  }

  /** Reads bytes {@code from..to} of the object, stripe by stripe. */
  private byte[] read(ObjectMeta meta, long from, long to) {
    byte[] out = new byte[(int) Math.max(0, to - from + 1)];
    long offset = 0;
    for (Stripe stripe : meta.stripes()) {
      long start = Math.max(from, offset);
      long end = Math.min(to, offset + stripe.length() - 1);
      if (start <= end) {
        byte[] part = ctx.stripes.read(stripe, start - offset, end - offset);
        System.arraycopy(part, 0, out, (int) (start - from), part.length);
      }
      offset += stripe.length();
    }
    return out;
  }

  void delete(String bucket, String key) {
    Context.validKey(key);
    MetadataNode node = ctx.metadata.forKey(bucket, key);
    Context.requireBucket(node, bucket);
    String entryKey = MetadataShards.objectKey(bucket, key);
    while (true) {
      Optional<MetadataEntry> current = MetadataShards.get(node, entryKey);
      if (current.isEmpty()) {
        return;
      }
      long version = current.get().version();
      if (MetadataShards.call(node, () -> node.compareAndDelete(entryKey, version))) {
        ctx.discard(Codec.object(current.get().value()));
        return;
      }
    }
  }
}
