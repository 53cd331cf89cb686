package dev.gauntlet.reference.objectstore;

import dev.gauntlet.specs.objectstore.CompletedPart;
import dev.gauntlet.specs.objectstore.ErasureCoder;
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

/** The reference gateway: each request goes to the part that serves it. */
public final class ReferenceGateway implements ObjectStore {

  private final Buckets buckets;
  private final ObjectRequests objects;
  private final Listing listing;
  private final Uploads uploads;
  private final Repairer repairer;

  /**
   * Creates a gateway over the environment's nodes; it calls none of them yet.
   *
   * @param environment the nodes, clock and settings
   * @param coder the erasure coder for the environment's k + m
   * @param checksum the checksum kept per shard
   */
  public ReferenceGateway(ObjectStoreEnvironment environment, ErasureCoder coder,
      ShardChecksum checksum) {
    if (coder.dataShards() != environment.dataShards()
        || coder.parityShards() != environment.parityShards()) {
      throw new IllegalArgumentException("the coder's k + m must be the environment's");
    }
    Context ctx = new Context(environment, coder, checksum);
    this.buckets = new Buckets(ctx);
    this.objects = new ObjectRequests(ctx);
    this.listing = new Listing(ctx);
    this.uploads = new Uploads(ctx, objects);
    this.repairer = new Repairer(ctx);
  }

  @Override
  public void createBucket(String bucket) {
    buckets.create(bucket);
  }

  @Override
  public void deleteBucket(String bucket) {
    buckets.delete(bucket);
  }

  @Override
  public List<String> listBuckets() {
    return buckets.list();
  }

  @Override
  public ObjectInfo putObject(String bucket, String key, byte[] data, PutOptions options) {
    return objects.put(bucket, key, data.clone(), options);
  }

  @Override
  public ObjectData getObject(String bucket, String key, GetOptions options) {
    return objects.get(bucket, key, options);
  }

  @Override
  public ObjectInfo headObject(String bucket, String key, GetOptions options) {
    return objects.head(bucket, key, options);
  }

  @Override
  public void deleteObject(String bucket, String key) {
    objects.delete(bucket, key);
  }

  @Override
  public ListPage listObjectsV2(String bucket, ListRequest request) {
    return listing.list(bucket, request);
  }

  @Override
  public String createMultipartUpload(String bucket, String key, PutOptions options) {
    return uploads.create(bucket, key, options);
  }

  @Override
  public String uploadPart(String bucket, String key, String uploadId, int partNumber,
      byte[] data) {
    return uploads.uploadPart(bucket, key, uploadId, partNumber, data.clone());
  }

  @Override
  public List<PartInfo> listParts(String bucket, String key, String uploadId) {
    return uploads.listParts(bucket, key, uploadId);
  }

  @Override
  public ObjectInfo completeMultipartUpload(String bucket, String key, String uploadId,
      List<CompletedPart> parts) {
    return uploads.complete(bucket, key, uploadId, List.copyOf(parts));
  }

  @Override
  public void abortMultipartUpload(String bucket, String key, String uploadId) {
    uploads.abort(bucket, key, uploadId);
  }

  @Override
  public RepairSummary repair() {
    return repairer.repair();
  }
}
