package dev.gauntlet.harness.systems.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.systems.cache.bugs.FirstReplicaOnlyFactory;
import dev.gauntlet.harness.systems.cache.bugs.NoClearOnRejoinFactory;
import dev.gauntlet.harness.systems.cache.bugs.NoReplicationFactory;
import dev.gauntlet.harness.systems.cache.bugs.StuckRouterFactory;
import dev.gauntlet.harness.testing.InProcessGrading;
import dev.gauntlet.reference.cache.ReferenceCacheFactory;
import dev.gauntlet.student.cache.StudentCacheFactory;
import org.junit.jupiter.api.Test;

class ReplicationChecksTests {

  private static CheckResult grade(Class<?> factory, String check) {
    return InProcessGrading.of("cache", factory).check(check);
  }

  private static void assertFails(CheckResult result, String guarantee) {
    assertEquals(CheckStatus.FAILED, result.status(), result::message);
    assertTrue(result.message().contains(guarantee),
        () -> "message should name \"" + guarantee + "\": " + result.message());
    System.out.println(result.id() + ": " + result.message() + "\n  (shrunk from "
        + result.failure().originalSteps() + " steps in " + result.failure().shrinkReplays()
        + " replays)\n" + String.join("\n", result.failure().steps()));
  }

  @Test
  void referencePassesBoth() {
    for (String check : new String[] {"cache.replication.crash", "cache.replication.rejoin"}) {
      CheckResult result = grade(ReferenceCacheFactory.class, check);
      assertEquals(CheckStatus.PASSED, result.status(), () -> check + ": " + result.message());
    }
  }

  @Test
  void templateIsNotImplemented() {
    for (String check : new String[] {"cache.replication.crash", "cache.replication.rejoin"}) {
      assertEquals(CheckStatus.NOT_IMPLEMENTED, grade(StudentCacheFactory.class, check).status());
    }
  }

  @Test
  void crashCatchesNoReplicationWithTheCrashAsAFaultStep() {
    CheckResult result = grade(NoReplicationFactory.class, "cache.replication.crash");
    assertFails(result, "no lost acknowledged write");
    assertTrue(result.failure().steps().stream().anyMatch(s -> s.contains("FAULT crash(node-")),
        () -> String.join("\n", result.failure().steps()));
  }

  @Test
  void crashCatchesARouterStuckOnACrashedNode() {
    assertFails(grade(StuckRouterFactory.class, "cache.replication.crash"),
        "a request fails only when no node that could serve it is up");
  }

  @Test
  void crashCatchesAReadThatTrustsTheFirstReplicasMiss() {
    assertFails(grade(FirstReplicaOnlyFactory.class, "cache.replication.crash"),
        "no lost acknowledged write");
  }

  @Test
  void rejoinCatchesANodeNotClearedOnRejoin() {
    assertFails(grade(NoClearOnRejoinFactory.class, "cache.replication.rejoin"),
        "no stale read after a rejoin");
  }
}
