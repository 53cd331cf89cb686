package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.CompletedPart;
import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ListPage;
import dev.gauntlet.specs.objectstore.ListRequest;
import dev.gauntlet.specs.objectstore.ObjectData;
import dev.gauntlet.specs.objectstore.ObjectInfo;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.PartInfo;
import dev.gauntlet.specs.objectstore.PutOptions;
import dev.gauntlet.specs.objectstore.RepairSummary;
import java.util.List;

/** A gateway that passes every request to another; a planted bug overrides one or two. */
class ForwardingGateway implements ObjectStore {

  final ObjectStore delegate;

  ForwardingGateway(ObjectStore delegate) {
    this.delegate = delegate;
  }

  @Override
  public void createBucket(String bucket) {
    delegate.createBucket(bucket);
  }

  @Override
  public void deleteBucket(String bucket) {
    delegate.deleteBucket(bucket);
  }

  @Override
  public List<String> listBuckets() {
    return delegate.listBuckets();
  }

  @Override
  public ObjectInfo putObject(String bucket, String key, byte[] data, PutOptions options) {
    return delegate.putObject(bucket, key, data, options);
  }

  @Override
  public ObjectData getObject(String bucket, String key, GetOptions options) {
    return delegate.getObject(bucket, key, options);
  }

  @Override
  public ObjectInfo headObject(String bucket, String key, GetOptions options) {
    return delegate.headObject(bucket, key, options);
  }

  @Override
  public void deleteObject(String bucket, String key) {
    delegate.deleteObject(bucket, key);
  }

  @Override
  public ListPage listObjectsV2(String bucket, ListRequest request) {
    return delegate.listObjectsV2(bucket, request);
  }

  @Override
  public String createMultipartUpload(String bucket, String key, PutOptions options) {
    return delegate.createMultipartUpload(bucket, key, options);
  }

  @Override
  public String uploadPart(String bucket, String key, String uploadId, int partNumber,
      byte[] data) {
    return delegate.uploadPart(bucket, key, uploadId, partNumber, data);
  }

  @Override
  public List<PartInfo> listParts(String bucket, String key, String uploadId) {
    return delegate.listParts(bucket, key, uploadId);
  }

  @Override
  public ObjectInfo completeMultipartUpload(String bucket, String key, String uploadId,
      List<CompletedPart> parts) {
    return delegate.completeMultipartUpload(bucket, key, uploadId, parts);
  }

  @Override
  public void abortMultipartUpload(String bucket, String key, String uploadId) {
    delegate.abortMultipartUpload(bucket, key, uploadId);
  }

  @Override
  public RepairSummary repair() {
    return delegate.repair();
  }
}
