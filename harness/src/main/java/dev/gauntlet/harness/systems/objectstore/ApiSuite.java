package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;

/**
 * The S3 API against a model: stateful scenarios of requests through two gateways, each answer
 * (bytes, attributes, listing pages, error codes) compared with {@link StoreModel}. One check
 * runs every kind of request; the others weigh one area heavily, so that a bug there is found
 * and shrunk to a few steps.
 */
@CheckSuite(system = "objectstore", name = "api", order = 2)
public class ApiSuite {

  private static void run(CheckContext ctx, ApiScenario.Profile profile, int examples) {
    ObjectStoreFactory factory = ctx.factory(ObjectStoreFactory.class);
    ctx.property(s -> {
      ApiScenario api = new ApiScenario(factory, s, profile);
      while (s.another(30, 60)) {
        api.step();
      }
    }).examples(examples).shrinkAttempts(1500).check(ctx.seed());
  }

  /**
   * Every request kind, with empty objects, objects of 1 to 4099 bytes, keys of pieces that are
   * prefixes of each other and characters on both sides of the surrogates, two gateways, the
   * clock moving; every answer and every error code as the model gives it.
   */
  @Check(id = "objectstore.api.model", title = "Every request answers as S3 does, against a"
      + " model of the whole API", points = 12, category = Category.CORRECTNESS)
  void model(CheckContext ctx) {
    run(ctx, ApiScenario.EVERYTHING, (int) ctx.setting("examples", 60));
  }

  /**
   * Puts and deletes between whole listing walks with prefixes, delimiters, start-after and page
   * sizes 1, 2, 3 and 1000: every page must hold exactly the model's entries, in UTF-8 byte
   * order (U+FFFD before U+1F600, which String.compareTo reverses), common prefixes counting
   * against maxKeys, and the pages together the whole listing, no gap, no repeat.
   */
  @Check(id = "objectstore.api.listing", title = "ListObjectsV2: UTF-8 byte order, common"
      + " prefixes, pages with no gap or repeat", points = 7, category = Category.CORRECTNESS)
  void listing(CheckContext ctx) {
    run(ctx, ApiScenario.LISTING, (int) ctx.setting("examples", 60));
  }

  /**
   * Uploads with parts around the minimum part size (64 bytes here; S3's is 5 MiB), re-uploads,
   * gaps, wrong orders, unknown parts and ETags, empty completions, aborts, and ranged gets of
   * the result: ETags "MD5 of MD5s -N", EntityTooSmall only at completion, last-modified = the
   * upload's creation.
   */
  @Check(id = "objectstore.api.multipart", title = "Multipart uploads: ETag of part MD5s,"
      + " minimum part size at completion, part errors", points = 5,
      category = Category.CORRECTNESS)
  void multipart(CheckContext ctx) {
    run(ctx, ApiScenario.UPLOADS, (int) ctx.setting("examples", 60));
  }

  /**
   * Ranged gets of objects of every size, empty ones included: closed ranges clipped at the end,
   * open ranges, suffix ranges longer than the object, InvalidRange at or past the end.
   */
  @Check(id = "objectstore.api.ranges", title = "Ranged gets follow S3's range rules",
      points = 3, category = Category.CORRECTNESS)
  void ranges(CheckContext ctx) {
    run(ctx, ApiScenario.RANGED, (int) ctx.setting("examples", 40));
  }

  /**
   * Conditional puts (If-None-Match: *, If-Match as compare-and-swap), gets and heads
   * (PreconditionFailed, NotModified) against the model; then two conditional creates, and two
   * swaps of the same ETag, racing from two gateways at every point of the first one's node
   * requests: exactly one wins.
   */
  @Check(id = "objectstore.api.conditional", title = "Conditional requests, and of two racing"
      + " conditional writes exactly one wins", points = 5, category = Category.CORRECTNESS)
  void conditional(CheckContext ctx) {
    ObjectStoreFactory factory = ctx.factory(ObjectStoreFactory.class);
    run(ctx, ApiScenario.CONDITIONAL, (int) ctx.setting("examples", 40));
    int creates = RacingWrites.run(factory, RacingWrites.Race.CREATE);
    int swaps = RacingWrites.run(factory, RacingWrites.Race.SWAP);
    ctx.metric("race-points-tried", creates + swaps, "interleavings");
  }
}
