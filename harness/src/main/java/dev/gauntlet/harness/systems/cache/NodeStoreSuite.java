package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.harness.sim.VirtualClock;
import dev.gauntlet.specs.cache.CacheFactory;
import java.util.List;

/** Checks one node's store against a model: exact LRU eviction and TTL expiry. */
@CheckSuite(system = "cache", name = "store", order = 1)
public class NodeStoreSuite {

  private enum Op { GET, PUT, PUT_TTL, DELETE, ADVANCE, CLEAR }

  /** Six keys and a capacity of at most four: most puts of a new key evict something. */
  private static final List<String> KEYS = List.of("k1", "k2", "k3", "k4", "k5", "k6");

  /**
   * Runs random sequences of get, put, put with a TTL, delete, clear and clock advances on a store
   * of capacity 1 to 4 over six keys, so that eviction and expiry happen all the time, and compares
   * every result and {@code size()} with {@link NodeStoreModel} after every step. TTLs and advances
   * are 1 to 12 ms, so that expiry boundaries are hit exactly and often.
   */
  @Check(id = "cache.store.model", title = "The node store behaves as an exact LRU cache with TTLs",
      points = 14, category = Category.CORRECTNESS)
  void model(CheckContext ctx) {
    CacheFactory factory = ctx.factory(CacheFactory.class);
    int examples = (int) ctx.setting("examples", 200);
    ctx.property(s -> modelScenario(s, factory)).examples(examples).check(ctx.seed());
  }

  private static void modelScenario(Scenario s, CacheFactory factory) {
    int capacity = s.intBetween(1, 4);
    VirtualClock clock = new VirtualClock();
    s.note("store = newNodeStore(" + capacity + ", clock), clock at 0 ms");
    NodeStoreComparison c = new NodeStoreComparison(s, factory.newNodeStore(capacity, clock),
        new NodeStoreModel(capacity), clock);
    int values = 0;
    while (s.another(25, 50)) {
      Op op = s.pickWeighted(List.of(Op.values()), 35, 25, 15, 8, 15, 2);
      switch (op) {
        case GET -> c.get(s.pick(KEYS));
        case PUT -> c.put(s.pick(KEYS), "v" + ++values);
        case PUT_TTL -> c.put(s.pick(KEYS), "v" + ++values, s.intBetween(1, 12));
        case DELETE -> c.delete(s.pick(KEYS));
        case ADVANCE -> c.advance(s.intBetween(1, 12));
        case CLEAR -> c.clear();
        default -> throw new IllegalStateException(op.name());
      }
    }
  }

  /**
   * Drives the TTL boundary exactly, each case on a fresh key of a store too large to evict: an
   * entry put at t with ttl d is live at t + d - 1 and gone at t + d; a plain put clears an earlier
   * TTL (as Redis SET does); a put with a new TTL replaces the old one, longer or shorter; a TTL
   * added to a key put without one applies; a TTL of zero or less is rejected with
   * {@link IllegalArgumentException}.
   */
  @Check(id = "cache.store.ttl", title = "An entry is live exactly while now < put time + ttl",
      points = 6, category = Category.CORRECTNESS)
  void ttl(CheckContext ctx) {
    CacheFactory factory = ctx.factory(CacheFactory.class);
    int examples = (int) ctx.setting("examples", 100);
    ctx.property(s -> NodeStoreTtlCases.run(s, factory)).examples(examples).check(ctx.seed());
  }
}
