package dev.gauntlet.harness.systems.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.testing.InProcessGrading;
import dev.gauntlet.reference.cache.ReferenceCacheFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cluster checks as one run: the reference keeps full marks on every one. */
class ClusterSuiteTests {

  private static final List<String> CHECKS = List.of("cache.replication.crash",
      "cache.replication.rejoin", "cache.hotkeys.load", "cache.perf.throughput");

  @Test
  void referencePassesEveryClusterCheck() {
    Map<String, CheckResult> results = InProcessGrading.of("cache", ReferenceCacheFactory.class)
        .baseline(ReferenceCacheFactory.class).run(CHECKS.toArray(String[]::new));
    assertEquals(CHECKS.size(), results.size(), () -> "ran " + results.keySet());
    long total = 0;
    for (CheckResult result : results.values()) {
      System.out.println(result.id() + " " + result.status() + " " + result.durationMillis()
          + " ms " + result.metrics());
      assertEquals(CheckStatus.PASSED, result.status(), () -> result.id() + ": " + result.message());
      assertEquals(1.0, result.fraction(), 1e-9);
      total += result.durationMillis();
    }
    System.out.println("cluster checks on the reference: " + total + " ms");
    assertTrue(total < 15_000, "the cluster checks should take well under 15 s, took " + total);
  }
}
