package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.specs.objectstore.ByteRange;
import dev.gauntlet.specs.objectstore.ContentRange;
import dev.gauntlet.specs.objectstore.ErrorCode;
import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ObjectData;
import dev.gauntlet.specs.objectstore.ObjectInfo;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreException;
import dev.gauntlet.specs.objectstore.PutOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What S3 answers, as a plain in-memory map: buckets of objects in UTF-8 key order, with the
 * error precedence of the contract. Multipart uploads are in {@link ModelUploads}, listings in
 * {@link ModelListing}. Every answer it gives is what the candidate must give.
 */
final class StoreModel {

  private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

  /** One stored object: its bytes and attributes. */
  record Stored(byte[] data, ObjectInfo info) {}

  private final TreeMap<String, TreeMap<String, Stored>> buckets = new TreeMap<>();
  final ModelUploads uploads;

  StoreModel(long minimumPartSize) {
    this.uploads = new ModelUploads(this, minimumPartSize);
  }

  static ObjectStoreException error(ErrorCode code) {
    return new ObjectStoreException(code, "(expected by the model)");
  }

  void createBucket(String bucket) {
    if (bucket == null || !BUCKET_NAME.matcher(bucket).matches() || bucket.contains("..")) {
      throw error(ErrorCode.INVALID_BUCKET_NAME);
    }
    if (buckets.containsKey(bucket)) {
      throw error(ErrorCode.BUCKET_ALREADY_EXISTS);
    }
    buckets.put(bucket, new TreeMap<>(Utf8Order.INSTANCE));
  }

  void deleteBucket(String bucket) {
    TreeMap<String, Stored> objects = bucket(bucket);
    if (!objects.isEmpty() || uploads.anyIn(bucket)) {
      throw error(ErrorCode.BUCKET_NOT_EMPTY);
    }
    buckets.remove(bucket);
  }

  List<String> listBuckets() {
    return List.copyOf(buckets.keySet());
  }

  TreeMap<String, Stored> bucket(String bucket) {
    TreeMap<String, Stored> objects = bucket == null ? null : buckets.get(bucket);
    if (objects == null) {
      throw error(ErrorCode.NO_SUCH_BUCKET);
    }
    return objects;
  }

  static void validKey(String key) {
    if (key == null || key.isEmpty()) {
      throw error(ErrorCode.INVALID_ARGUMENT);
    }
    if (key.getBytes(StandardCharsets.UTF_8).length > ObjectStore.MAX_KEY_BYTES) {
      throw error(ErrorCode.KEY_TOO_LONG);
    }
  }

  ObjectInfo put(String bucket, String key, byte[] data, PutOptions options, long now) {
    validKey(key);
    if (options.ifMatch() != null && options.ifNoneMatchAny()) {
      throw error(ErrorCode.INVALID_ARGUMENT);
    }
    TreeMap<String, Stored> objects = bucket(bucket);
    checkWrite(objects.get(key), options);
    ObjectInfo info = new ObjectInfo(key, data.length, Md5s.hex(data),
        options.effectiveContentType(), options.userMetadata(), now);
    objects.put(key, new Stored(data.clone(), info));
    return info;
  }

  static void checkWrite(Stored current, PutOptions options) {
    if (options.ifNoneMatchAny() && current != null) {
      throw error(ErrorCode.PRECONDITION_FAILED);
    }
    if (options.ifMatch() != null) {
      if (current == null) {
        throw error(ErrorCode.NO_SUCH_KEY);
      }
      if (!current.info().etag().equals(options.ifMatch())) {
        throw error(ErrorCode.PRECONDITION_FAILED);
      }
    }
  }

  Stored find(String bucket, String key, GetOptions options) {
    validKey(key);
    Stored stored = bucket(bucket).get(key);
    if (stored == null) {
      throw error(ErrorCode.NO_SUCH_KEY);
    }
    String etag = stored.info().etag();
    if (options.ifMatch() != null && !options.ifMatch().equals(etag)) {
      throw error(ErrorCode.PRECONDITION_FAILED);
    }
    if (options.ifNoneMatch() != null
        && (options.ifNoneMatch().equals("*") || options.ifNoneMatch().equals(etag))) {
      throw error(ErrorCode.NOT_MODIFIED);
    }
    return stored;
  }

  ObjectData get(String bucket, String key, GetOptions options) {
    Stored stored = find(bucket, key, options);
    ByteRange range = options.range();
    long size = stored.data().length;
    if (range == null) {
      return new ObjectData(stored.info(), stored.data().clone(), null);
    }
    long first;
    long last;
    if (range.isSuffix()) {
      if (range.suffixLength() == 0 || size == 0) {
        throw error(ErrorCode.INVALID_RANGE);
      }
      first = size - Math.min(range.suffixLength(), size);
      last = size - 1;
    } else {
      if (range.first() >= size) {
        throw error(ErrorCode.INVALID_RANGE);
      }
      first = range.first();
      last = range.last() == -1 ? size - 1 : Math.min(range.last(), size - 1);
    }
    byte[] body = Arrays.copyOfRange(stored.data(), (int) first, (int) last + 1);
    return new ObjectData(stored.info(), body, new ContentRange(first, last, size));
  }

  ObjectInfo head(String bucket, String key, GetOptions options) {
    return find(bucket, key, options).info();
  }

  void delete(String bucket, String key) {
    validKey(key);
    bucket(bucket).remove(key);
  }

  /** Returns the objects of a bucket in key order (for listings and invariants). */
  NavigableMap<String, Stored> objects(String bucket) {
    return bucket(bucket);
  }

  /** Returns every bucket's objects (read only). */
  Map<String, TreeMap<String, Stored>> all() {
    return buckets;
  }

  /** Returns the keys of a bucket, in order. */
  List<String> keys(String bucket) {
    return new ArrayList<>(bucket(bucket).keySet());
  }
}
