package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.ListPage;
import dev.gauntlet.specs.objectstore.ListRequest;
import dev.gauntlet.specs.objectstore.ObjectStore;
import java.util.List;

/**
 * Planted bug: a continuation token that skips. The gateway reads one entry more than the page
 * holds to know whether more follow, then makes that extra entry the token, and the next page
 * starts after it: the entry is never listed. {@code objectstore.api.listing} must catch it.
 */
public final class TokenSkipsEntryFactory extends PlantedObjectStoreFactory {

  @Override
  ObjectStore gateway(ObjectStore reference) {
    return new ForwardingGateway(reference) {
      @Override
      public ListPage listObjectsV2(String bucket, ListRequest request) {
        int maxKeys = Math.min(request.maxKeys(), 1000);
        ListRequest asked = new ListRequest(request.prefix(), request.delimiter(),
            maxKeys + 1, null, request.continuationToken() != null
                ? request.continuationToken() : request.startAfter());
        ListPage page = delegate.listObjectsV2(bucket, asked);
        List<PageEntries> entries = PageEntries.of(page);
        if (entries.size() <= maxKeys) {
          return PageEntries.page(entries, false, null);
        }
        return PageEntries.page(entries.subList(0, maxKeys), true, entries.get(maxKeys).name());
      }
    };
  }
}
