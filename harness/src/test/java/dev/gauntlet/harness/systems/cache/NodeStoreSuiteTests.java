package dev.gauntlet.harness.systems.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.systems.cache.bugs.EvictsMostRecentlyUsed;
import dev.gauntlet.harness.systems.cache.bugs.SizeCountsExpired;
import dev.gauntlet.harness.systems.cache.bugs.TtlOffByOne;
import dev.gauntlet.harness.testing.InProcessGrading;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The store checks catch the planted store bugs, and explain them in few steps. */
class NodeStoreSuiteTests {

  @Test
  void modelCatchesEvictionOfTheMostRecentlyUsed() {
    CheckResult result = failed(EvictsMostRecentlyUsed.class, "cache.store.model");
    assertTrue(result.message().contains("least recently used"), result.message());
  }

  @Test
  void modelCatchesSizeCountingExpiredEntries() {
    CheckResult result = failed(SizeCountsExpired.class, "cache.store.model");
    assertEquals(NodeStoreComparison.SIZE_LIVE_ONLY, result.failure().guarantee());
  }

  @Test
  void ttlCatchesExpiryOneTickLate() {
    CheckResult result = failed(TtlOffByOne.class, "cache.store.ttl");
    assertEquals(NodeStoreComparison.EXPIRED_GONE, result.failure().guarantee());
  }

  @Test
  void lruFailureShrinksToAHandfulOfSteps() {
    CheckResult result = failed(EvictsMostRecentlyUsed.class, "cache.store.model");
    List<String> steps = result.failure().steps();
    long numbered = steps.stream().filter(line -> !line.strip().startsWith("#")).count();
    System.out.println(result.message() + "\n" + String.join("\n", steps) + "\n(shrunk from "
        + result.failure().originalSteps() + " steps in " + result.failure().shrinkReplays()
        + " replays)");
    assertTrue(numbered <= 6, "expected at most 6 steps, got:\n" + String.join("\n", steps));
  }

  private static CheckResult failed(Class<?> bug, String checkId) {
    CheckResult result = InProcessGrading.of("cache", bug).check(checkId);
    assertEquals(CheckStatus.FAILED, result.status(), bug.getSimpleName() + ": " + result.message());
    assertNotNull(result.failure(), result.message());
    return result;
  }
}
