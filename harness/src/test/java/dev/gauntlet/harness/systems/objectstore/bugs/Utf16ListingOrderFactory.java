package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.ListPage;
import dev.gauntlet.specs.objectstore.ListRequest;
import dev.gauntlet.specs.objectstore.ObjectStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Planted bug: a listing in UTF-16 order. Entries are sorted with {@link String#compareTo}, which
 * puts U+1F600 (a surrogate pair, D83D DE00) before U+FFFD; S3 lists in UTF-8 byte order, where
 * U+FFFD (EF BF BD) comes first. {@code objectstore.api.listing} must catch it.
 */
public final class Utf16ListingOrderFactory extends PlantedObjectStoreFactory {

  @Override
  ObjectStore gateway(ObjectStore reference) {
    return new ForwardingGateway(reference) {
      @Override
      public ListPage listObjectsV2(String bucket, ListRequest request) {
        ListRequest whole = new ListRequest(request.prefix(), request.delimiter(), 1000, null,
            null);
        List<PageEntries> all = new ArrayList<>();
        while (true) {
          ListPage page = delegate.listObjectsV2(bucket, whole);
          all.addAll(PageEntries.of(page));
          if (!page.truncated()) {
            break;
          }
          whole = whole.withContinuationToken(page.nextContinuationToken());
        }
        all.sort(Comparator.comparing(PageEntries::name));
        String after = request.continuationToken() != null ? request.continuationToken()
            : request.startAfter();
        List<PageEntries> rest = all.stream()
            .filter(e -> after == null || e.name().compareTo(after) > 0).toList();
        int n = Math.min(rest.size(), Math.min(request.maxKeys(), 1000));
        List<PageEntries> page = rest.subList(0, n);
        boolean truncated = n < rest.size();
        return PageEntries.page(page, truncated, truncated ? page.get(n - 1).name() : null);
      }
    };
  }
}
