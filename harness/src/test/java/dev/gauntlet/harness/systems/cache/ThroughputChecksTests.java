package dev.gauntlet.harness.systems.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.systems.Workloads;
import dev.gauntlet.harness.systems.cache.bugs.RingPerRequestFactory;
import dev.gauntlet.harness.testing.InProcessGrading;
import dev.gauntlet.reference.cache.ReferenceCacheFactory;
import dev.gauntlet.student.cache.StudentCacheFactory;
import org.junit.jupiter.api.Test;

class ThroughputChecksTests {

  private static final String CHECK = "cache.perf.throughput";

  private static CheckResult grade(Class<?> factory) {
    CheckResult result = InProcessGrading.of("cache", factory)
        .baseline(ReferenceCacheFactory.class).check(CHECK);
    System.out.println(factory.getSimpleName() + ": " + result.status() + " " + result.metrics()
        + " " + result.message() + " (" + result.durationMillis() + " ms)");
    return result;
  }

  private static double ratio(CheckResult result) {
    return Double.parseDouble(result.metrics().get("throughput-ratio").split(" ")[0]);
  }

  @Test
  void theWorkloadIsRegistered() {
    assertTrue(Workloads.byId("cache.mixed").isPresent());
  }

  @Test
  void referenceAgainstItselfGetsFullMarks() {
    CheckResult result = grade(ReferenceCacheFactory.class);
    assertEquals(CheckStatus.PASSED, result.status(), result::message);
    assertTrue(ratio(result) > 0.5, result::message);
  }

  @Test
  void templateIsNotImplemented() {
    assertEquals(CheckStatus.NOT_IMPLEMENTED, grade(StudentCacheFactory.class).status());
  }

  @Test
  void aClientThatRebuildsTheRingPerRequestScoresBelowFullMarks() {
    CheckResult result = grade(RingPerRequestFactory.class);
    assertTrue(result.status() == CheckStatus.FAILED || result.status() == CheckStatus.PARTIAL,
        result::message);
    assertTrue(ratio(result) < 0.5, result::message);
    assertTrue(result.message().contains("of the reference's"), result::message);
  }
}
