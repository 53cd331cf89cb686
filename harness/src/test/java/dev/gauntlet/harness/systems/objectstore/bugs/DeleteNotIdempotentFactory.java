package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ObjectStore;

/**
 * Planted bug: deleting a missing key fails with NoSuchKey, where S3 answers 204 either way.
 * {@code objectstore.api.model} must catch it.
 */
public final class DeleteNotIdempotentFactory extends PlantedObjectStoreFactory {

  @Override
  ObjectStore gateway(ObjectStore reference) {
    return new ForwardingGateway(reference) {
      @Override
      public void deleteObject(String bucket, String key) {
        delegate.headObject(bucket, key, GetOptions.none());
        delegate.deleteObject(bucket, key);
      }
    };
  }
}
