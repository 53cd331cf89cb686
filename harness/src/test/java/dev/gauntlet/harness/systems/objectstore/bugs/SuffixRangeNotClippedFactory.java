package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.ErrorCode;
import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ObjectData;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreException;

/**
 * Planted bug: a suffix range longer than the object is refused with InvalidRange, where S3
 * returns the whole object ({@code bytes=-100} of 10 bytes is those 10 bytes).
 * {@code objectstore.api.ranges} must catch it.
 */
public final class SuffixRangeNotClippedFactory extends PlantedObjectStoreFactory {

  @Override
  ObjectStore gateway(ObjectStore reference) {
    return new ForwardingGateway(reference) {
      @Override
      public ObjectData getObject(String bucket, String key, GetOptions options) {
        ObjectData data = delegate.getObject(bucket, key, options);
        if (options.range() != null && options.range().isSuffix()
            && options.range().suffixLength() > data.info().size()) {
          throw new ObjectStoreException(ErrorCode.INVALID_RANGE, options.range()
              + " is longer than the object");
        }
        return data;
      }
    };
  }
}
