package dev.gauntlet.harness.systems.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.systems.cache.bugs.PlainPartsFactory;
import dev.gauntlet.harness.testing.InProcessGrading;
import dev.gauntlet.reference.cache.ReferenceCacheFactory;
import dev.gauntlet.student.cache.StudentCacheFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The local store and ring checks give full marks to the reference and to the correct parts the
 * planted bugs are built on, and report the untouched student template as not implemented.
 */
class NodeStoreRingBaselineTests {

  static final String[] CHECKS = {"cache.store.model", "cache.store.ttl", "cache.ring.placement",
    "cache.ring.monotonicity", "cache.ring.movement", "cache.ring.balance", "cache.ring.replicas",
    "cache.ring.lookup-cost"};

  @Test
  void referencePassesEveryCheck() {
    assertAll(ReferenceCacheFactory.class, CheckStatus.PASSED);
  }

  @Test
  void plainPartsPassEveryCheck() {
    assertAll(PlainPartsFactory.class, CheckStatus.PASSED);
  }

  @Test
  void studentTemplateIsNotImplemented() {
    assertAll(StudentCacheFactory.class, CheckStatus.NOT_IMPLEMENTED);
  }

  private static void assertAll(Class<?> factory, CheckStatus expected) {
    Map<String, CheckResult> results = InProcessGrading.of("cache", factory).run(CHECKS);
    assertEquals(CHECKS.length, results.size(), results.keySet().toString());
    for (CheckResult result : results.values()) {
      System.out.printf("%s %-24s %-8s %5d ms %s %s%n", factory.getSimpleName(), result.id(),
          result.status(), result.durationMillis(), result.metrics(), result.message());
    }
    for (CheckResult result : results.values()) {
      assertEquals(expected, result.status(), result.id() + ": " + result.message());
    }
  }
}
