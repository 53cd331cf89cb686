package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.objectstore.ListPage;
import dev.gauntlet.specs.objectstore.ListRequest;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreException;
import java.util.ArrayList;
import java.util.List;

/**
 * Listings of an {@link ApiScenario}: a whole walk from the first page to the last, following
 * the continuation tokens, each page compared with the model's cut of the listing.
 */
final class ListRequests {

  private final ApiScenario api;
  private final Scenario s;

  ListRequests(ApiScenario api) {
    this.api = api;
    this.s = api.s;
  }

  void list() {
    String bucket = api.drawBucket();
    String prefix = Keys.prefix(s);
    String delimiter = s.pickWeighted(java.util.Arrays.asList(null, "/", "\u00e9"), 5, 4, 1);
    int maxKeys = s.pick(List.of(1, 2, 3, 1000));
    String startAfter = s.coin(0.2) ? Keys.draw(s) : null;
    String[] gw = new String[1];
    ObjectStore gateway = api.gateway(gw);
    ListRequest request = new ListRequest(prefix, delimiter, maxKeys, null, startAfter);
    String call = gw[0] + ".listObjectsV2(" + Show.text(bucket) + ", new ListRequest("
        + Show.text(prefix) + ", " + Show.text(delimiter) + ", " + maxKeys + ", null, "
        + Show.text(startAfter) + "))";
    List<ModelListing.Entry> all;
    try {
      all = ModelListing.entries(api.model.objects(bucket), prefix, delimiter, startAfter);
    } catch (ObjectStoreException e) {
      api.compare(ApiScenario.LISTINGS, call,
          () -> Show.page(gateway.listObjectsV2(bucket, request)),
          () -> {
            throw e;
          });
      return;
    }
    s.step(call + " and every page after it");
    int pages = Math.max(1, (all.size() + maxKeys - 1) / maxKeys);
    ListRequest next = request;
    List<String> seen = new ArrayList<>();
    for (int page = 1; page <= pages; page++) {
      ListRequest asked = next;
      ListPage[] got = new ListPage[1];
      String observed = Outcome.of(() -> {
        got[0] = gateway.listObjectsV2(bucket, asked);
        return Show.page(got[0]);
      });
      ListPage expected = expectedPage(all, page, maxKeys);
      String wanted = Show.page(expected);
      if (!wanted.equals(observed)) {
        s.observe("page " + page + ": " + observed);
        throw new GuaranteeViolation(ApiScenario.LISTINGS, "page " + page + " of " + pages
            + ": " + wanted + (seen.isEmpty() ? "" : " (after " + seen + ")"),
            "page " + page + ": " + observed);
      }
      seen.add("page " + page);
      next = asked.withContinuationToken(got[0].nextContinuationToken());
    }
    s.observe(all.size() + " entries in " + pages + " page(s), as the model lists them");
  }

  /** Page {@code page} (from 1) of the whole listing, cut at maxKeys entries. */
  static ListPage expectedPage(List<ModelListing.Entry> all, int page, int maxKeys) {
    int from = (page - 1) * maxKeys;
    int to = Math.min(all.size(), from + maxKeys);
    List<dev.gauntlet.specs.objectstore.ObjectSummary> contents = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    for (ModelListing.Entry e : all.subList(Math.min(from, all.size()), to)) {
      if (e.isPrefix()) {
        prefixes.add(e.name());
      } else {
        contents.add(e.summary());
      }
    }
    boolean truncated = to < all.size();
    return new ListPage(contents, prefixes, truncated, truncated ? "token" : null);
  }
}
