package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.ErrorCode;
import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ListPage;
import dev.gauntlet.specs.objectstore.ListRequest;
import dev.gauntlet.specs.objectstore.ObjectData;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreException;

/**
 * Planted bug: a get that first lists the bucket to see whether the key exists, so every read
 * costs a scan of all metadata nodes. Correct, but small-object requests slow down by an order
 * of magnitude. {@code objectstore.perf.small-objects} must score it below full marks.
 */
public final class ScanBeforeGetFactory extends PlantedObjectStoreFactory {

  @Override
  ObjectStore gateway(ObjectStore reference) {
    return new ForwardingGateway(reference) {
      @Override
      public ObjectData getObject(String bucket, String key, GetOptions options) {
        ListRequest request = ListRequest.all();
        boolean found = false;
        while (!found) {
          ListPage page = delegate.listObjectsV2(bucket, request);
          found = page.contents().stream().anyMatch(s -> s.key().equals(key));
          if (!page.truncated()) {
            break;
          }
          request = request.withContinuationToken(page.nextContinuationToken());
        }
        if (!found) {
          throw new ObjectStoreException(ErrorCode.NO_SUCH_KEY, "no key " + key);
        }
        return delegate.getObject(bucket, key, options);
      }
    };
  }
}
