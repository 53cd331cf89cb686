package dev.gauntlet.harness.systems.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.systems.cache.bugs.NoHotKeyMitigationFactory;
import dev.gauntlet.harness.systems.cache.bugs.StaleOwnWriteFactory;
import dev.gauntlet.harness.systems.cache.bugs.UnboundedNearCacheFactory;
import dev.gauntlet.harness.testing.InProcessGrading;
import dev.gauntlet.reference.cache.ReferenceCacheFactory;
import dev.gauntlet.student.cache.StudentCacheFactory;
import org.junit.jupiter.api.Test;

class HotKeyChecksTests {

  private static final String CHECK = "cache.hotkeys.load";

  private static CheckResult grade(Class<?> factory) {
    CheckResult result = InProcessGrading.of("cache", factory).check(CHECK);
    System.out.println(factory.getSimpleName() + ": " + result.status() + " " + result.metrics()
        + " " + result.message() + " (" + result.durationMillis() + " ms)");
    return result;
  }

  private static void assertFails(CheckResult result, String guarantee) {
    assertEquals(CheckStatus.FAILED, result.status(), result::message);
    assertTrue(result.message().contains(guarantee),
        () -> "message should name \"" + guarantee + "\": " + result.message());
  }

  @Test
  void referencePasses() {
    CheckResult result = grade(ReferenceCacheFactory.class);
    assertEquals(CheckStatus.PASSED, result.status(), result::message);
  }

  @Test
  void templateIsNotImplemented() {
    assertEquals(CheckStatus.NOT_IMPLEMENTED, grade(StudentCacheFactory.class).status());
  }

  @Test
  void catchesANearCacheThatServesTheClientsOwnStaleWrite() {
    assertFails(grade(StaleOwnWriteFactory.class), "read your writes");
  }

  @Test
  void catchesANearCacheWithoutATimeToLive() {
    assertFails(grade(UnboundedNearCacheFactory.class), "bounded staleness");
  }

  @Test
  void catchesAClientWithNoHotKeyMitigation() {
    assertFails(grade(NoHotKeyMitigationFactory.class), "busiest node takes at most");
  }
}
