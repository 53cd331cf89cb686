package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.ErrorCode;
import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ObjectData;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreException;

/**
 * Planted bug: a metadata node that is down reads as a missing key. The get answers NoSuchKey,
 * telling a client that an object which exists is gone.
 * {@code objectstore.metadata.node-loss} must catch it.
 */
public final class OutageAsMissingKeyFactory extends PlantedObjectStoreFactory {

  @Override
  ObjectStore gateway(ObjectStore reference) {
    return new ForwardingGateway(reference) {
      @Override
      public ObjectData getObject(String bucket, String key, GetOptions options) {
        try {
          return delegate.getObject(bucket, key, options);
        } catch (ObjectStoreException e) {
          if (e.code() == ErrorCode.SERVICE_UNAVAILABLE) {
            throw new ObjectStoreException(ErrorCode.NO_SUCH_KEY, "no key " + key);
          }
          throw e;
        }
      }
    };
  }
}
