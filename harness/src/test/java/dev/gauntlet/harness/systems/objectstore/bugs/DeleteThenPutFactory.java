package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.ObjectInfo;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.PutOptions;

/**
 * Planted bug: a non-atomic overwrite. An overwrite first deletes the old object, then writes the
 * new one, so a reader in between finds no object at all.
 * {@code objectstore.consistency.no-mixed-overwrite} must catch it.
 */
public final class DeleteThenPutFactory extends PlantedObjectStoreFactory {

  @Override
  ObjectStore gateway(ObjectStore reference) {
    return new ForwardingGateway(reference) {
      @Override
      public ObjectInfo putObject(String bucket, String key, byte[] data, PutOptions options) {
        if (options.ifMatch() == null && !options.ifNoneMatchAny()) {
          delegate.deleteObject(bucket, key);
        }
        return delegate.putObject(bucket, key, data, options);
      }
    };
  }
}
