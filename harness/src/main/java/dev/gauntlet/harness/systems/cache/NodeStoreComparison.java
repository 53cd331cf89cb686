package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.harness.sim.VirtualClock;
import dev.gauntlet.specs.cache.NodeStore;
import java.time.Duration;
import java.util.Optional;

/**
 * Drives a candidate's {@link NodeStore} and a {@link NodeStoreModel} side by side, logging each
 * operation as a scenario step and comparing results and {@code size()} after every step.
 */
final class NodeStoreComparison {

  static final String LIVE_KEPT = "a live entry is returned until it expires (at put time + ttl)"
      + " or is evicted as the least recently used";
  static final String EXACT_LRU = "exact LRU: a put of a new key into a full store evicts the least"
      + " recently used live entry, and nothing else";
  static final String EXPIRED_GONE = "an expired entry is never returned: an entry put at time t"
      + " with ttl d is gone from t + d on";
  static final String DELETED_GONE = "a deleted key is gone";
  static final String CLEARED_GONE = "clear() removes every entry";
  static final String NEVER_PUT = "get returns only values that were put";
  static final String LATEST_VALUE = "get returns the latest value put for the key";
  static final String SIZE_LIVE_ONLY = "size() counts live entries only: expired entries are not"
      + " counted";
  static final String SIZE = "size() is the number of live entries, at most the capacity";
  static final String DELETE_RESULT = "delete returns true exactly when it removed a live entry";

  private final Scenario scenario;
  private final NodeStore store;
  private final NodeStoreModel model;
  private final VirtualClock clock;

  NodeStoreComparison(Scenario scenario, NodeStore store, NodeStoreModel model,
      VirtualClock clock) {
    this.scenario = scenario;
    this.store = store;
    this.model = model;
    this.clock = clock;
  }

  void get(String key) {
    scenario.step("store.get(\"" + key + "\")");
    Optional<NodeStoreModel.Entry> before = model.peek(key, clock.millis());
    Optional<String> observed = store.get(key);
    scenario.observe(String.valueOf(observed));
    Optional<String> expected = model.get(key, clock.millis());
    if (!expected.equals(observed)) {
      throw mismatch(key, before, expected, observed);
    }
    checkSize();
  }

  void put(String key, String value) {
    scenario.step("store.put(\"" + key + "\", \"" + value + "\")");
    store.put(key, value);
    model.put(key, value, 0, clock.millis());
    checkSize();
  }

  void put(String key, String value, long ttlMillis) {
    scenario.step("store.put(\"" + key + "\", \"" + value + "\", Duration.ofMillis(" + ttlMillis
        + "))");
    store.put(key, value, Duration.ofMillis(ttlMillis));
    model.put(key, value, ttlMillis, clock.millis());
    checkSize();
  }

  void delete(String key) {
    scenario.step("store.delete(\"" + key + "\")");
    boolean observed = store.delete(key);
    scenario.observe(Boolean.toString(observed));
    boolean expected = model.delete(key, clock.millis());
    GuaranteeViolation.expectEqual(DELETE_RESULT, expected, observed);
    checkSize();
  }

  void clear() {
    scenario.step("store.clear()");
    store.clear();
    model.clear(clock.millis());
    checkSize();
  }

  void advance(long millis) {
    if (millis == 0) {
      return;
    }
    clock.advance(millis);
    scenario.clock("clock.advance(" + millis + " ms)");
    scenario.observe("now " + clock.millis() + " ms");
  }

  long now() {
    return clock.millis();
  }

  private void checkSize() {
    int expected = model.size(clock.millis());
    int observed = store.size();
    if (observed != expected) {
      scenario.step("store.size()");
      scenario.observe(Integer.toString(observed));
      String guarantee = observed > expected && model.anyExpired() ? SIZE_LIVE_ONLY : SIZE;
      throw new GuaranteeViolation(guarantee, expected + " live entries",
          observed + " at now " + clock.millis() + " ms");
    }
  }

  private GuaranteeViolation mismatch(String key, Optional<NodeStoreModel.Entry> before,
      Optional<String> expected, Optional<String> observed) {
    long now = clock.millis();
    if (expected.isPresent() && observed.isPresent()) {
      return new GuaranteeViolation(LATEST_VALUE, expected, observed);
    }
    if (expected.isPresent()) {
      NodeStoreModel.Entry entry = before.orElseThrow();
      String why = entry.hasTtl()
          ? "put at " + entry.putAt() + " ms, expires at " + entry.expiresAt() + " ms, now " + now
              + " ms"
          : "put without a time to live, not the least recently used";
      return new GuaranteeViolation(LIVE_KEPT, expected + " (" + key + " is live: " + why + ")",
          observed);
    }
    return switch (model.absence(key)) {
      case EXPIRED -> new GuaranteeViolation(EXPIRED_GONE,
          expected + " (" + key + " expired; now " + now + " ms)", observed);
      case EVICTED -> new GuaranteeViolation(EXACT_LRU,
          expected + " (" + key + " was the least recently used when a new key was put;"
              + " live keys now, least recently used first: " + model.recencyOrder() + ")",
          observed);
      case DELETED -> new GuaranteeViolation(DELETED_GONE, expected, observed);
      case CLEARED -> new GuaranteeViolation(CLEARED_GONE, expected, observed);
      case NEVER_PUT -> new GuaranteeViolation(NEVER_PUT, expected, observed);
    };
  }
}
