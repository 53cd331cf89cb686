package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;
import java.util.List;

/**
 * Strong consistency between gateways (S3's since December 2020): once a write returns, every
 * gateway's reads reflect it; and while an overwrite is in flight, a reader sees the whole old or
 * the whole new object, never a mix.
 */
@CheckSuite(system = "objectstore", name = "consistency", order = 3)
public class ConsistencySuite {

  static final String READ_AFTER_WRITE = "once a put, completion or delete returns, every"
      + " gateway's get, head and list reflects it";

  /**
   * Writes (puts, overwrites, deletes, multipart completions) from three gateways at random;
   * after each, every gateway gets and heads the key and lists the bucket, and each answer must
   * be the model's. A gateway that caches metadata or listings serves the old answer.
   */
  @Check(id = "objectstore.consistency.read-after-write", title = "Once a write returns, every"
      + " gateway's get, head and list reflect it", points = 7,
      category = Category.CORRECTNESS)
  void readAfterWrite(CheckContext ctx) {
    ObjectStoreFactory factory = ctx.factory(ObjectStoreFactory.class);
    ctx.property(s -> {
      ReadAfterWrite run = new ReadAfterWrite(factory, s);
      while (s.another(15, 40)) {
        run.step();
      }
    }).examples((int) ctx.setting("examples", 40)).shrinkAttempts(1500).check(ctx.seed());
  }

  /**
   * An object is overwritten (by a put of the same size, of another size, by a multipart
   * completion) or deleted by one gateway; before each of that write's node requests in turn,
   * another gateway gets it (whole and a range), heads it and lists it; and, the other way
   * round, the whole write runs before each node request of a get. Every answer must be all
   * old or all new (or NoSuchKey once a delete has published), never a mix, an error or a gap.
   */
  @Check(id = "objectstore.consistency.no-mixed-overwrite", title = "A reader during an"
      + " overwrite sees the whole old or the whole new object, never a mix", points = 5,
      category = Category.CORRECTNESS)
  void noMixedOverwrite(CheckContext ctx) {
    ObjectStoreFactory factory = ctx.factory(ObjectStoreFactory.class);
    long points = 0;
    for (OverwriteRace.Write write : OverwriteRace.Write.values()) {
      points += OverwriteRace.readersInsideWrite(factory, write);
      points += OverwriteRace.writeInsideReader(factory, write);
    }
    ctx.metric("interleavings-tried", points, "interleavings");
  }

  /** The keys read-after-write writes to: few, so that writes overwrite each other. */
  static final List<String> KEYS = List.of("k1", "k2", "dir/k3", "dir/\ud83d\ude00",
      "\ufffd");

  /** Wording kept in one place for the read-after-write violations. */
  static GuaranteeViolation stale(String expected, String observed) {
    return new GuaranteeViolation(READ_AFTER_WRITE, expected, observed);
  }
}
