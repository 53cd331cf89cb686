package dev.gauntlet.reference.objectstore;

import dev.gauntlet.specs.objectstore.CompletedPart;
import dev.gauntlet.specs.objectstore.ErrorCode;
import dev.gauntlet.specs.objectstore.MetadataEntry;
import dev.gauntlet.specs.objectstore.MetadataNode;
import dev.gauntlet.specs.objectstore.ObjectInfo;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.PartInfo;
import dev.gauntlet.specs.objectstore.PutOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Multipart uploads. The upload and its parts are entries on the metadata node of the key, each
 * part erasure-coded as a stripe of its own when uploaded. Completion publishes the object, whose
 * stripes are the named parts' stripes, by the same compare-and-set as a put, and only then
 * removes the upload's entries: a completion cut short leaves the old object or the new one.
 */
final class Uploads {

  private static final int SCAN_BATCH = 1024;

  private final Context ctx;
  private final ObjectRequests objects;

  Uploads(Context ctx, ObjectRequests objects) {
    this.ctx = ctx;
    this.objects = objects;
  }

  String create(String bucket, String key, PutOptions options) {
    Context.validKey(key);
    if (options.ifMatch() != null && options.ifNoneMatchAny()) {
      throw Errors.error(ErrorCode.INVALID_ARGUMENT, "If-Match and If-None-Match together");
    }
    MetadataNode node = ctx.metadata.forKey(bucket, key);
    Context.requireBucket(node, bucket);
    String uploadId = ctx.uniqueId();
    UploadMeta meta = new UploadMeta(key, options.contentType(), options.userMetadata(),
        options.ifMatch(), options.ifNoneMatchAny(), ctx.env.clock().millis());
    byte[] value = Codec.upload(meta);
    MetadataShards.call(node, () -> node.compareAndSet(MetadataShards.uploadKey(bucket, uploadId),
        MetadataNode.ABSENT, value));
    return uploadId;
  }

  String uploadPart(String bucket, String key, String uploadId, int partNumber, byte[] data) {
    Context.validKey(key);
    if (partNumber < 1 || partNumber > ObjectStore.MAX_PART_NUMBER) {
      throw Errors.error(ErrorCode.INVALID_ARGUMENT, "part number " + partNumber
          + " is outside 1..10000");
    }
    MetadataNode node = ctx.metadata.forKey(bucket, key);
    Context.requireBucket(node, bucket);
    upload(node, bucket, key, uploadId);
    Stripe stripe = ctx.stripes.write(ctx.uniqueId(), data);
    String etag = Digests.hex(Digests.md5(data));
    byte[] value = Codec.part(new PartMeta(partNumber, etag, data.length, stripe));
    String partKey = MetadataShards.partKey(bucket, uploadId, partNumber);
    try {
      Optional<MetadataEntry> old = MetadataShards.get(node, partKey);
      MetadataShards.call(node, () -> {
        node.put(partKey, value);
        return null;
      });
      old.ifPresent(e -> ctx.stripes.delete(Codec.part(e.value()).stripe()));
    } catch (RuntimeException e) {
      ctx.stripes.delete(stripe);
      throw e;
    }
    return etag;
  }

  List<PartInfo> listParts(String bucket, String key, String uploadId) {
    Context.validKey(key);
    MetadataNode node = ctx.metadata.forKey(bucket, key);
    Context.requireBucket(node, bucket);
    upload(node, bucket, key, uploadId);
    List<PartInfo> parts = new ArrayList<>();
    for (PartMeta part : parts(node, bucket, uploadId).values()) {
      parts.add(new PartInfo(part.partNumber(), part.etag(), part.size()));
    }
    return parts;
  }

  ObjectInfo complete(String bucket, String key, String uploadId, List<CompletedPart> named) {
    Context.validKey(key);
    MetadataNode node = ctx.metadata.forKey(bucket, key);
    Context.requireBucket(node, bucket);
    UploadMeta upload = upload(node, bucket, key, uploadId);
    if (named.isEmpty()) {
      throw Errors.error(ErrorCode.MALFORMED_XML, "a completion names at least one part");
    }
    for (int i = 1; i < named.size(); i++) {
      if (named.get(i).partNumber() <= named.get(i - 1).partNumber()) {
        throw Errors.error(ErrorCode.INVALID_PART_ORDER, "part " + named.get(i).partNumber()
            + " follows part " + named.get(i - 1).partNumber());
      }
    }
    Map<Integer, PartMeta> uploaded = parts(node, bucket, uploadId);
    List<PartMeta> chosen = new ArrayList<>();
    for (CompletedPart part : named) {
      PartMeta meta = uploaded.get(part.partNumber());
      if (meta == null || !meta.etag().equals(part.etag())) {
        throw Errors.error(ErrorCode.INVALID_PART, "part " + part.partNumber() + " with ETag "
            + part.etag() + " was not uploaded");
      }
      chosen.add(meta);
    }
    for (int i = 0; i < chosen.size() - 1; i++) {
      if (chosen.get(i).size() < ctx.env.minimumPartSize()) {
        throw Errors.error(ErrorCode.ENTITY_TOO_SMALL, "part " + chosen.get(i).partNumber()
            + " has " + chosen.get(i).size() + " bytes; all but the last need "
            + ctx.env.minimumPartSize());
      }
    }
    String entryKey = MetadataShards.objectKey(bucket, key);
    Optional<MetadataEntry> current = MetadataShards.get(node, entryKey);
    Conditions.checkWrite(Context.decode(current), upload.ifMatch(), upload.ifNoneMatchAny());
    long size = 0;
    List<String> etags = new ArrayList<>();
    List<Stripe> stripes = new ArrayList<>();
    for (PartMeta part : chosen) {
      size += part.size();
      etags.add(part.etag());
      if (part.size() > 0) {
        stripes.add(part.stripe());
      }
    }
    String type = upload.contentType() == null ? PutOptions.DEFAULT_CONTENT_TYPE
        : upload.contentType();
    ObjectMeta meta = new ObjectMeta(key, size, Digests.multipartEtag(etags), type,
        upload.userMetadata(), upload.initiated(), List.copyOf(stripes));
    // A failed publish must not remove the parts' stripes: the upload keeps them.
    objects.publish(node, entryKey, current, meta, upload.ifMatch(), upload.ifNoneMatchAny(),
        false);
    Set<Integer> kept = new HashSet<>();
    named.forEach(p -> kept.add(p.partNumber()));
    for (PartMeta part : uploaded.values()) {
      if (!kept.contains(part.partNumber())) {
        ctx.stripes.delete(part.stripe());
      } else if (part.size() == 0) {
        ctx.stripes.delete(part.stripe());
      }
      MetadataShards.call(node, () -> node.delete(
          MetadataShards.partKey(bucket, uploadId, part.partNumber())));
    }
    MetadataShards.call(node, () -> node.delete(MetadataShards.uploadKey(bucket, uploadId)));
    return meta.info();
  }

  void abort(String bucket, String key, String uploadId) {
    Context.validKey(key);
    MetadataNode node = ctx.metadata.forKey(bucket, key);
    Context.requireBucket(node, bucket);
    upload(node, bucket, key, uploadId);
    // A completion cut short may have published some of these parts: keep what the object uses.
    Set<String> used = new HashSet<>();
    Context.decode(MetadataShards.get(node, MetadataShards.objectKey(bucket, key)))
        .ifPresent(o -> o.stripes().forEach(s -> used.add(s.id())));
    for (PartMeta part : parts(node, bucket, uploadId).values()) {
      if (!used.contains(part.stripe().id())) {
        ctx.stripes.delete(part.stripe());
      }
      MetadataShards.call(node, () -> node.delete(
          MetadataShards.partKey(bucket, uploadId, part.partNumber())));
    }
    MetadataShards.call(node, () -> node.delete(MetadataShards.uploadKey(bucket, uploadId)));
  }

  private static UploadMeta upload(MetadataNode node, String bucket, String key,
      String uploadId) {
    Optional<UploadMeta> upload = uploadId == null || uploadId.contains("/") ? Optional.empty()
        : MetadataShards.get(node, MetadataShards.uploadKey(bucket, uploadId))
            .map(e -> Codec.upload(e.value()));
    if (upload.isEmpty() || !upload.get().key().equals(key)) {
      throw Errors.error(ErrorCode.NO_SUCH_UPLOAD, "no upload " + uploadId + " of key " + key);
    }
    return upload.get();
  }

  private static Map<Integer, PartMeta> parts(MetadataNode node, String bucket, String uploadId) {
    Map<Integer, PartMeta> parts = new LinkedHashMap<>();
    String prefix = MetadataShards.partPrefix(bucket, uploadId);
    String from = prefix;
    while (true) {
      String start = from;
      List<MetadataEntry> batch = MetadataShards.call(node,
          () -> node.scan(start, MetadataShards.prefixEnd(prefix), SCAN_BATCH));
      for (MetadataEntry e : batch) {
        PartMeta part = Codec.part(e.value());
        parts.put(part.partNumber(), part);
      }
      if (batch.size() < SCAN_BATCH) {
        return parts;
      }
      from = batch.get(batch.size() - 1).key() + "\0";
    }
  }
}
