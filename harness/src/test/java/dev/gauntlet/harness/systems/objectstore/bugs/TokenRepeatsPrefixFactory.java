package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.ListPage;
import dev.gauntlet.specs.objectstore.ListRequest;
import dev.gauntlet.specs.objectstore.ObjectStore;
import java.util.List;

/**
 * Planted bug: a continuation token that repeats. The token is the page's last entry, and the
 * next page starts after it as after a key; when that entry is a common prefix such as "a/", the
 * keys under it ("a/x") come after "a/" and roll up into "a/" again, listed twice.
 * {@code objectstore.api.listing} must catch it.
 */
public final class TokenRepeatsPrefixFactory extends PlantedObjectStoreFactory {

  @Override
  ObjectStore gateway(ObjectStore reference) {
    return new ForwardingGateway(reference) {
      @Override
      public ListPage listObjectsV2(String bucket, ListRequest request) {
        ListRequest asked = request.continuationToken() == null ? request
            : new ListRequest(request.prefix(), request.delimiter(), request.maxKeys(), null,
                request.continuationToken());
        ListPage page = delegate.listObjectsV2(bucket, asked);
        List<PageEntries> entries = PageEntries.of(page);
        String last = entries.isEmpty() ? null : entries.get(entries.size() - 1).name();
        return PageEntries.page(entries, page.truncated(), last);
      }
    };
  }
}
