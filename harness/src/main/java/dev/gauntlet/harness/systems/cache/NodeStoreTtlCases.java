package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.harness.sim.VirtualClock;
import dev.gauntlet.specs.cache.CacheFactory;
import dev.gauntlet.specs.cache.NodeStore;
import java.time.Duration;
import java.util.List;

/** The scenario of {@code cache.store.ttl}: directed cases around the expiry boundary. */
final class NodeStoreTtlCases {

  static final String REJECTS_TTL = "put rejects a time to live of zero or less with"
      + " IllegalArgumentException";

  /** Large enough that no case evicts: every entry is at most one per case. */
  private static final int CAPACITY = 64;

  private enum Case { EXPIRES_AT_BOUNDARY, SET_CLEARS_TTL, NEW_TTL_REPLACES, TTL_AFTER_SET, REJECTED }

  private NodeStoreTtlCases() {}

  static void run(Scenario s, CacheFactory factory) {
    VirtualClock clock = new VirtualClock(s.longBetween(0, 1000));
    s.note("store = newNodeStore(" + CAPACITY + ", clock), clock at " + clock.millis() + " ms");
    NodeStore store = factory.newNodeStore(CAPACITY, clock);
    NodeStoreComparison c = new NodeStoreComparison(s, store, new NodeStoreModel(CAPACITY), clock);
    int n = 0;
    while (s.another(3, 8)) {
      String key = "k" + ++n;
      Case kind = s.pick(List.of(Case.values()));
      int d = s.intBetween(1, 1000);
      switch (kind) {
        case EXPIRES_AT_BOUNDARY -> {
          c.put(key, "a", d);
          liveUntilBoundary(c, key, d);
        }
        case SET_CLEARS_TTL -> {
          c.put(key, "a", d);
          c.advance(s.intBetween(0, d - 1));
          c.put(key, "b");
          c.advance(d);
          c.get(key);
        }
        case NEW_TTL_REPLACES -> {
          c.put(key, "a", d);
          c.advance(s.intBetween(0, d - 1));
          int renewed = s.intBetween(1, 1000);
          c.put(key, "b", renewed);
          liveUntilBoundary(c, key, renewed);
        }
        case TTL_AFTER_SET -> {
          c.put(key, "a");
          c.advance(s.intBetween(0, 1000));
          c.put(key, "b", d);
          liveUntilBoundary(c, key, d);
        }
        case REJECTED -> rejects(s, store, key, -s.intBetween(0, 1000));
        default -> throw new IllegalStateException(kind.name());
      }
    }
  }

  /** The key was just put with {@code ttl}: live one millisecond before it ends, gone at its end. */
  private static void liveUntilBoundary(NodeStoreComparison c, String key, long ttl) {
    c.advance(ttl - 1);
    c.get(key);
    c.advance(1);
    c.get(key);
  }

  private static void rejects(Scenario s, NodeStore store, String key, long ttl) {
    s.step("store.put(\"" + key + "\", \"a\", Duration.ofMillis(" + ttl + "))");
    try {
      store.put(key, "a", Duration.ofMillis(ttl));
    } catch (IllegalArgumentException expected) {
      s.observe("IllegalArgumentException");
      return;
    } catch (UnsupportedOperationException notImplemented) {
      throw notImplemented;
    } catch (RuntimeException other) {
      s.observe(other.getClass().getSimpleName());
      throw new GuaranteeViolation(REJECTS_TTL, "IllegalArgumentException",
          other.getClass().getName());
    }
    s.observe("returned normally");
    throw new GuaranteeViolation(REJECTS_TTL, "IllegalArgumentException", "no exception");
  }
}
