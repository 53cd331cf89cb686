package dev.gauntlet.harness.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.guard.fixtures.StallingStore;
import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.testing.InProcessGrading;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The guard inside a real run of checks, in this JVM: the time limit comes from the run or from
 * the rubric, and a hung check becomes a timed-out result with its guarantee and frames.
 */
class GuardedGradingTests {

  private static final String CHECK = "cache.store.ttl";

  @Test
  void theRunsTimeLimitTimesOutAHungCheck() {
    CheckResult result = InProcessGrading.of("cache", StallingStore.class)
        .checkTimeLimit(Duration.ofMillis(300)).check(CHECK);

    assertEquals(CheckStatus.TIMED_OUT, result.status());
    assertTrue(result.message().startsWith("timed out: still running after its time limit of"
        + " 300 ms, in " + StallingStore.class.getName() + ".newNodeStore(StallingStore.java:"),
        result.message());
    assertEquals(Verdict.TIMED_OUT.guarantee(), result.failure().guarantee());
    assertTrue(result.failure().stackTrace().contains("StallingStore.newNodeStore"),
        result.failure().stackTrace());
  }

  @Test
  void theRubricsTimeLimitOfOneCheckWinsOverTheRuns() {
    CheckResult result = InProcessGrading.of("cache", StallingStore.class)
        .checkTimeLimit(Duration.ofSeconds(30))
        .setting(CHECK, "timeLimitSeconds", 0.2).check(CHECK);

    assertEquals(CheckStatus.TIMED_OUT, result.status());
    assertTrue(result.message().contains("time limit of 200 ms"), result.message());
  }
}
