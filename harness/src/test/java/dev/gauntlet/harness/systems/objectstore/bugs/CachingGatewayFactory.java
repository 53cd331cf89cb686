package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ObjectData;
import dev.gauntlet.specs.objectstore.ObjectInfo;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.PutOptions;
import java.util.HashMap;
import java.util.Map;

/**
 * Planted bug: a gateway-local cache of objects, dropped only on this gateway's own writes. A
 * write through another gateway leaves it serving the old object.
 * {@code objectstore.consistency.read-after-write} must catch it.
 */
public final class CachingGatewayFactory extends PlantedObjectStoreFactory {

  @Override
  ObjectStore gateway(ObjectStore reference) {
    return new ForwardingGateway(reference) {
      private final Map<String, ObjectData> cache = new HashMap<>();

      @Override
      public ObjectData getObject(String bucket, String key, GetOptions options) {
        if (!options.equals(GetOptions.none())) {
          return delegate.getObject(bucket, key, options);
        }
        ObjectData cached = cache.get(bucket + "/" + key);
        if (cached != null) {
          return cached;
        }
        ObjectData data = delegate.getObject(bucket, key, options);
        cache.put(bucket + "/" + key, data);
        return data;
      }

      @Override
      public ObjectInfo putObject(String bucket, String key, byte[] data, PutOptions options) {
        cache.remove(bucket + "/" + key);
        return delegate.putObject(bucket, key, data, options);
      }

      @Override
      public void deleteObject(String bucket, String key) {
        cache.remove(bucket + "/" + key);
        delegate.deleteObject(bucket, key);
      }
    };
  }
}
