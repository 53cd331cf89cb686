package dev.gauntlet.student.objectstore;

import dev.gauntlet.specs.objectstore.CompletedPart;
import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ListPage;
import dev.gauntlet.specs.objectstore.ListRequest;
import dev.gauntlet.specs.objectstore.ObjectData;
import dev.gauntlet.specs.objectstore.ObjectInfo;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreEnvironment;
import dev.gauntlet.specs.objectstore.PartInfo;
import dev.gauntlet.specs.objectstore.PutOptions;
import dev.gauntlet.specs.objectstore.RepairSummary;
import java.util.List;

/**
 * Your gateway: the S3 API over erasure-coded shards on the storage nodes and metadata sharded
 * over the metadata nodes (specs/objectstore.md).
 *
 * <p>The constructor must not call the nodes. Read time only from {@code environment.clock()};
 * build ids from {@code environment.gatewayId()} and a counter; keep nothing another gateway
 * would need to see in this object: every gateway must see every write at once (§9).
 */
public final class Gateway implements ObjectStore {

  private final ObjectStoreEnvironment environment;

  /**
   * Creates a gateway over the environment's nodes.
   *
   * @param environment the nodes, clock and settings the harness provides
   */
  public Gateway(ObjectStoreEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public void createBucket(String bucket) {
    throw new UnsupportedOperationException(
        "TODO: store the bucket's record where every object request can check it; see"
            + " specs/objectstore.md §4.1");
  }

  @Override
  public void deleteBucket(String bucket) {
    throw new UnsupportedOperationException(
        "TODO: delete an empty bucket (BucketNotEmpty otherwise); see"
            + " specs/objectstore.md §4.1");
  }

  @Override
  public List<String> listBuckets() {
    throw new UnsupportedOperationException(
        "TODO: list the buckets' names, sorted; see specs/objectstore.md §4.1");
  }

  @Override
  public ObjectInfo putObject(String bucket, String key, byte[] data, PutOptions options) {
    throw new UnsupportedOperationException(
        "TODO: write the new version's shards under a fresh id, then compare-and-set the"
            + " key's metadata; see specs/objectstore.md §4.2 and §9");
  }

  @Override
  public ObjectData getObject(String bucket, String key, GetOptions options) {
    throw new UnsupportedOperationException(
        "TODO: read the metadata, check conditions and range, decode the shards the range"
            + " needs; see specs/objectstore.md §4.3 and §7");
  }

  @Override
  public ObjectInfo headObject(String bucket, String key, GetOptions options) {
    throw new UnsupportedOperationException(
        "TODO: return the object's attributes after checking the conditions; see"
            + " specs/objectstore.md §4.3");
  }

  @Override
  public void deleteObject(String bucket, String key) {
    throw new UnsupportedOperationException(
        "TODO: remove the key's metadata, then its shards; deleting a missing key"
            + " succeeds; see specs/objectstore.md §4.4");
  }

  @Override
  public ListPage listObjectsV2(String bucket, ListRequest request) {
    throw new UnsupportedOperationException(
        "TODO: merge the metadata nodes' keys in UTF-8 byte order, roll up common"
            + " prefixes, cut pages with a token; see specs/objectstore.md §5");
  }

  @Override
  public String createMultipartUpload(String bucket, String key, PutOptions options) {
    throw new UnsupportedOperationException(
        "TODO: record the upload on the key's metadata node and return a unique id; see"
            + " specs/objectstore.md §6");
  }

  @Override
  public String uploadPart(String bucket, String key, String uploadId, int partNumber,
      byte[] data) {
    throw new UnsupportedOperationException(
        "TODO: erasure-code the part and record it under the upload; see"
            + " specs/objectstore.md §6");
  }

  @Override
  public List<PartInfo> listParts(String bucket, String key, String uploadId) {
    throw new UnsupportedOperationException(
        "TODO: list the upload's parts by part number; see specs/objectstore.md §6");
  }

  @Override
  public ObjectInfo completeMultipartUpload(String bucket, String key, String uploadId,
      List<CompletedPart> parts) {
    throw new UnsupportedOperationException(
        "TODO: check the part list, then publish the object by compare-and-set; see"
            + " specs/objectstore.md §6");
  }

  @Override
  public void abortMultipartUpload(String bucket, String key, String uploadId) {
    throw new UnsupportedOperationException(
        "TODO: discard the upload and its parts' shards; see specs/objectstore.md §6");
  }

  @Override
  public RepairSummary repair() {
    throw new UnsupportedOperationException(
        "TODO: verify every shard's checksum and rebuild the missing and corrupt ones;"
            + " see specs/objectstore.md §7.4");
  }
}
