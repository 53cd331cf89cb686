package dev.gauntlet.specs.objectstore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A gateway of the object store, modelled on the S3 API. It keeps object bytes as erasure-coded
 * shards on the {@link StorageNode}s and object metadata on the {@link MetadataNode}s of its
 * {@link ObjectStoreEnvironment}. Used by one thread at a time; several gateways share the nodes.
 *
 * <p>Guarantees the harness checks (see {@code specs/objectstore.md}):
 *
 * <ul>
 *   <li><b>Strong consistency.</b> Once a put, completion or delete returns, every get, head and
 *       list from any gateway reflects it (S3 since December 2020).
 *   <li><b>Atomicity.</b> A reader sees the whole old or the whole new object, never a mix; a put
 *       that fails part way (a node failing, the gateway dying) is fully visible or not at all,
 *       and no listing shows an object whose bytes cannot be read.
 *   <li><b>Durability.</b> With k + m shards per stripe on k + m distinct nodes, at most m per
 *       zone, an object reads back byte for byte with any m nodes (or any one zone) down; with
 *       more lost it fails with {@link ErrorCode#SERVICE_UNAVAILABLE}, never with wrong bytes.
 *       Stored bytes stay within 10% of (k + m) / k times the logical bytes. A shard with flipped
 *       bits is detected by a checksum and never returned as data.
 *   <li><b>Sharded metadata.</b> Keys spread evenly over the metadata nodes; with one down, only
 *       the keys it holds fail, with {@link ErrorCode#SERVICE_UNAVAILABLE}.
 * </ul>
 *
 * <p>Every failure is an {@link ObjectStoreException}; its code is checked exactly. When several
 * apply, the first in this order wins: invalid arguments (InvalidArgument, KeyTooLongError,
 * InvalidBucketName), NoSuchBucket, NoSuchKey / NoSuchUpload, the multipart part list
 * (MalformedXML, InvalidPartOrder, InvalidPart, EntityTooSmall), conditions (PreconditionFailed,
 * NotModified), InvalidRange.
 */
public interface ObjectStore {

  /** S3's minimum size of every part of a multipart upload but the last: 5 MiB. */
  long S3_MINIMUM_PART_SIZE = 5L * 1024 * 1024;

  /** The largest part number of a multipart upload. */
  int MAX_PART_NUMBER = 10_000;

  /** The most entries one listing page returns. */
  int MAX_KEYS = 1000;

  /** The longest key, in UTF-8 bytes. */
  int MAX_KEY_BYTES = 1024;

  /**
   * Creates a bucket. Names follow S3's rules: 3 to 63 characters of lowercase letters, digits,
   * '.' and '-', starting and ending with a letter or digit.
   *
   * @throws ObjectStoreException InvalidBucketName, BucketAlreadyExists, ServiceUnavailable
   */
  void createBucket(String bucket);

  /**
   * Deletes an empty bucket.
   *
   * @throws ObjectStoreException NoSuchBucket; BucketNotEmpty while it holds objects or
   *     multipart uploads in progress; ServiceUnavailable
   */
  void deleteBucket(String bucket);

  /**
   * Returns the buckets' names, sorted.
   *
   * @throws ObjectStoreException ServiceUnavailable
   */
  List<String> listBuckets();

  /**
   * Stores an object, replacing any object of that key atomically.
   *
   * @param bucket the bucket
   * @param key 1 to 1024 UTF-8 bytes; any characters
   * @param data the bytes; may be empty
   * @param options content type, user metadata, and at most one condition: If-None-Match
   *     {@code *} fails with PreconditionFailed when the key exists; If-Match fails with
   *     NoSuchKey when it does not, and with PreconditionFailed when its ETag differs. Of
   *     concurrent conditional writes of one key, at most one wins; the others fail with
   *     PreconditionFailed or ConditionalRequestConflict.
   * @return the stored object's attributes; its ETag is the hex MD5 of {@code data}
   * @throws ObjectStoreException InvalidArgument (empty key, both conditions), KeyTooLongError,
   *     NoSuchBucket, NoSuchKey, PreconditionFailed, ConditionalRequestConflict,
   *     ServiceUnavailable
   */
  ObjectInfo putObject(String bucket, String key, byte[] data, PutOptions options);

  /**
   * Stores an object read from a stream of known length. The default reads the stream into
   * memory; large objects belong in multipart uploads.
   *
   * @throws ObjectStoreException as {@link #putObject(String, String, byte[], PutOptions)}, and
   *     InvalidArgument if the stream does not hold exactly {@code length} bytes
   */
  default ObjectInfo putObject(String bucket, String key, InputStream data, long length,
      PutOptions options) {
    try {
      byte[] bytes = data.readNBytes((int) Math.min(length, Integer.MAX_VALUE - 8));
      if (bytes.length != length || data.read() != -1) {
        throw new ObjectStoreException(ErrorCode.INVALID_ARGUMENT,
            "the stream does not hold " + length + " bytes");
      }
      return putObject(bucket, key, bytes, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns an object's bytes (all, or the range of {@link GetOptions#range()} resolved by the
   * rules of {@link ByteRange}) and attributes.
   *
   * @throws ObjectStoreException NoSuchBucket, NoSuchKey, PreconditionFailed (If-Match differs),
   *     NotModified (If-None-Match matches), InvalidRange, ServiceUnavailable (too few readable
   *     shards, or the key's metadata node is down)
   */
  ObjectData getObject(String bucket, String key, GetOptions options);

  /**
   * Returns an object's attributes, with the conditions of {@code options} checked as a get
   * checks them; the range is ignored.
   *
   * @throws ObjectStoreException NoSuchBucket, NoSuchKey, PreconditionFailed, NotModified,
   *     ServiceUnavailable
   */
  ObjectInfo headObject(String bucket, String key, GetOptions options);

  /**
   * Deletes an object. Deleting a key that does not exist succeeds (S3 answers 204 either way).
   *
   * @throws ObjectStoreException NoSuchBucket, ServiceUnavailable
   */
  void deleteObject(String bucket, String key);

  /**
   * Returns one page of a ListObjectsV2 listing: the keys of {@code bucket} that start with the
   * prefix, in UTF-8 byte order (code point order, not {@link String#compareTo}), with keys that
   * hold the delimiter after the prefix rolled up into common prefixes. Each key and each common
   * prefix counts one against maxKeys; a page holds exactly maxKeys entries unless it is the
   * last. Following the continuation tokens from the first page to the last visits every entry
   * exactly once: no gap, no repeat.
   *
   * @throws ObjectStoreException InvalidArgument (maxKeys below 1, a token this store did not
   *     make), NoSuchBucket, ServiceUnavailable (a metadata node is down)
   */
  ListPage listObjectsV2(String bucket, ListRequest request);

  /**
   * Starts a multipart upload. The options' content type and metadata go to the object; their
   * condition, if any, is checked at completion.
   *
   * @return the upload id
   * @throws ObjectStoreException InvalidArgument, KeyTooLongError, NoSuchBucket,
   *     ServiceUnavailable
   */
  String createMultipartUpload(String bucket, String key, PutOptions options);

  /**
   * Uploads one part; uploading a part number again replaces that part. No size is checked here:
   * the minimum part size is checked at completion.
   *
   * @param partNumber 1..10000
   * @return the part's ETag, the hex MD5 of {@code data}
   * @throws ObjectStoreException InvalidArgument (part number), NoSuchBucket, NoSuchUpload,
   *     ServiceUnavailable
   */
  String uploadPart(String bucket, String key, String uploadId, int partNumber, byte[] data);

  /**
   * Returns the parts uploaded so far, by ascending part number.
   *
   * @throws ObjectStoreException NoSuchBucket, NoSuchUpload, ServiceUnavailable
   */
  List<PartInfo> listParts(String bucket, String key, String uploadId);

  /**
   * Completes an upload: the object becomes the named parts' bytes, in order (part numbers may
   * have gaps), atomically replacing any object of the key; parts not named are discarded. Its
   * ETag is the hex MD5 of the concatenated binary MD5s of the named parts, then {@code -N}.
   * A failed completion leaves the upload as it was.
   *
   * @throws ObjectStoreException NoSuchBucket, NoSuchUpload, MalformedXML (no parts),
   *     InvalidPartOrder (not strictly ascending), InvalidPart (not uploaded, or another ETag),
   *     EntityTooSmall (a part but the last below the environment's minimum part size),
   *     PreconditionFailed, ServiceUnavailable
   */
  ObjectInfo completeMultipartUpload(String bucket, String key, String uploadId,
      List<CompletedPart> parts);

  /**
   * Aborts an upload and discards its parts.
   *
   * @throws ObjectStoreException NoSuchBucket, NoSuchUpload, ServiceUnavailable
   */
  void abortMultipartUpload(String bucket, String key, String uploadId);

  /**
   * Restores full redundancy: verifies the checksum of every shard of every stored stripe and
   * rebuilds each one that is missing (a node came back empty) or corrupt onto its node. Called
   * by the harness with every node up and no other request running.
   *
   * @return what was checked and rebuilt
   * @throws ObjectStoreException ServiceUnavailable if a node is down
   */
  RepairSummary repair();
}
