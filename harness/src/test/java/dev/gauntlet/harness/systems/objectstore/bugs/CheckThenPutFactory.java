package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.ErrorCode;
import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ObjectInfo;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreException;
import dev.gauntlet.specs.objectstore.PutOptions;

/**
 * Planted bug: a condition checked, then an unconditional write (check-then-act). Alone it
 * answers right; two racing conditional creates both see "absent" and both win.
 * {@code objectstore.api.conditional} must catch it.
 */
public final class CheckThenPutFactory extends PlantedObjectStoreFactory {

  @Override
  ObjectStore gateway(ObjectStore reference) {
    return new ForwardingGateway(reference) {
      @Override
      public ObjectInfo putObject(String bucket, String key, byte[] data, PutOptions options) {
        if (options.ifMatch() == null && !options.ifNoneMatchAny()) {
          return delegate.putObject(bucket, key, data, options);
        }
        ObjectInfo current;
        try {
          current = delegate.headObject(bucket, key, GetOptions.none());
        } catch (ObjectStoreException e) {
          if (e.code() != ErrorCode.NO_SUCH_KEY) {
            throw e;
          }
          current = null;
        }
        if (options.ifNoneMatchAny() && current != null) {
          throw new ObjectStoreException(ErrorCode.PRECONDITION_FAILED, "the key exists");
        }
        if (options.ifMatch() != null && current == null) {
          throw new ObjectStoreException(ErrorCode.NO_SUCH_KEY, "no key " + key);
        }
        if (options.ifMatch() != null && !options.ifMatch().equals(current.etag())) {
          throw new ObjectStoreException(ErrorCode.PRECONDITION_FAILED, "another ETag");
        }
        return delegate.putObject(bucket, key, data, PutOptions.defaults()
            .withContentType(options.contentType()).withUserMetadata(options.userMetadata()));
      }
    };
  }
}
