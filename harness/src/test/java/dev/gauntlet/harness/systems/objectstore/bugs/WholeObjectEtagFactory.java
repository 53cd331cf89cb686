package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.CompletedPart;
import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ObjectData;
import dev.gauntlet.specs.objectstore.ObjectInfo;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.PutOptions;
import java.util.List;

/**
 * Planted bug: a multipart object's ETag computed as the MD5 of its whole bytes, as for a single
 * put, instead of the MD5 of the parts' MD5s with "-N". (Done here by storing the completed
 * object again as one put.) {@code objectstore.api.multipart} must catch it.
 */
public final class WholeObjectEtagFactory extends PlantedObjectStoreFactory {

  @Override
  ObjectStore gateway(ObjectStore reference) {
    return new ForwardingGateway(reference) {
      @Override
      public ObjectInfo completeMultipartUpload(String bucket, String key, String uploadId,
          List<CompletedPart> parts) {
        ObjectInfo done = delegate.completeMultipartUpload(bucket, key, uploadId, parts);
        ObjectData data = delegate.getObject(bucket, key, GetOptions.none());
        return delegate.putObject(bucket, key, data.body(), PutOptions.defaults()
            .withContentType(done.contentType()).withUserMetadata(done.userMetadata()));
      }
    };
  }
}
