package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.ObjectInfo;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.PutOptions;

/**
 * Planted bug: metadata published before the bytes. A put first makes the key visible (as an
 * empty object), then stores the bytes: a gateway that dies in between leaves a listed object
 * with the wrong bytes. {@code objectstore.atomicity.interrupted-put} must catch it.
 */
public final class PlaceholderFirstFactory extends PlantedObjectStoreFactory {

  @Override
  ObjectStore gateway(ObjectStore reference) {
    return new ForwardingGateway(reference) {
      @Override
      public ObjectInfo putObject(String bucket, String key, byte[] data, PutOptions options) {
        delegate.putObject(bucket, key, new byte[0], options);
        return delegate.putObject(bucket, key, data, PutOptions.defaults()
            .withContentType(options.contentType()).withUserMetadata(options.userMetadata()));
      }
    };
  }
}
