package dev.gauntlet.harness.systems.objectstore.bugs.design;

import dev.gauntlet.specs.objectstore.CompletedPart;
import dev.gauntlet.specs.objectstore.ErrorCode;
import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ListPage;
import dev.gauntlet.specs.objectstore.ListRequest;
import dev.gauntlet.specs.objectstore.ObjectData;
import dev.gauntlet.specs.objectstore.ObjectInfo;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreEnvironment;
import dev.gauntlet.specs.objectstore.ObjectStoreException;
import dev.gauntlet.specs.objectstore.PartInfo;
import dev.gauntlet.specs.objectstore.PutOptions;
import dev.gauntlet.specs.objectstore.RepairSummary;
import java.util.List;

/** A gateway that stores nothing and answers ServiceUnavailable: a design fixture. */
public class EmptyGateway implements ObjectStore {

  protected final ObjectStoreEnvironment environment;

  public EmptyGateway(ObjectStoreEnvironment environment) {
    this.environment = environment;
  }

  private static ObjectStoreException unavailable() {
    return new ObjectStoreException(ErrorCode.SERVICE_UNAVAILABLE, "a design fixture");
  }

  @Override
  public void createBucket(String bucket) {
    throw unavailable();
  }

  @Override
  public void deleteBucket(String bucket) {
    throw unavailable();
  }

  @Override
  public List<String> listBuckets() {
    throw unavailable();
  }

  @Override
  public ObjectInfo putObject(String bucket, String key, byte[] data, PutOptions options) {
    throw unavailable();
  }

  @Override
  public ObjectData getObject(String bucket, String key, GetOptions options) {
    throw unavailable();
  }

  @Override
  public ObjectInfo headObject(String bucket, String key, GetOptions options) {
    throw unavailable();
  }

  @Override
  public void deleteObject(String bucket, String key) {
    throw unavailable();
  }

  @Override
  public ListPage listObjectsV2(String bucket, ListRequest request) {
    throw unavailable();
  }

  @Override
  public String createMultipartUpload(String bucket, String key, PutOptions options) {
    throw unavailable();
  }

  @Override
  public String uploadPart(String bucket, String key, String uploadId, int partNumber,
      byte[] data) {
    throw unavailable();
  }

  @Override
  public List<PartInfo> listParts(String bucket, String key, String uploadId) {
    throw unavailable();
  }

  @Override
  public ObjectInfo completeMultipartUpload(String bucket, String key, String uploadId,
      List<CompletedPart> parts) {
    throw unavailable();
  }

  @Override
  public void abortMultipartUpload(String bucket, String key, String uploadId) {
    throw unavailable();
  }

  @Override
  public RepairSummary repair() {
    throw unavailable();
  }
}
