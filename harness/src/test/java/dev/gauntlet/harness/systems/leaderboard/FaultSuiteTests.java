package dev.gauntlet.harness.systems.leaderboard;

import static dev.gauntlet.harness.systems.leaderboard.IndexSuiteTests.failed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.testing.InProcessGrading;
import dev.gauntlet.harness.systems.leaderboard.bugs.IndexBeforeCommit;
import dev.gauntlet.harness.systems.leaderboard.bugs.LostUpdates;
import dev.gauntlet.harness.systems.leaderboard.bugs.RebuildDropsTies;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fault checks catch the planted fault-handling bugs, in few steps. */
class FaultSuiteTests {

  @Test
  void dbFailureCatchesTheIndexWrittenBeforeTheCommit() {
    CheckResult result = failed(IndexBeforeCommit.class, "leaderboard.faults.db-failure");
    assertEquals(FaultSuite.FAILED_COUNTS_NOTHING, result.failure().guarantee());
    assertShort(result.failure().steps(), 6);
  }

  @Test
  void indexLossCatchesARebuildThatDropsTies() {
    CheckResult result = failed(RebuildDropsTies.class, "leaderboard.faults.index-loss");
    assertShort(result.failure().steps(), 8);
  }

  @Test
  void concurrencyCatchesLostUpdates() {
    // A race shows only when threads overlap; on a busy machine give it more chances than the
    // default, so this test of the check does not depend on the machine's load.
    CheckResult result = InProcessGrading.of("leaderboard", LostUpdates.class)
        .setting("leaderboard.faults.concurrency", "submissions", 400)
        .setting("leaderboard.faults.concurrency", "threads", 8).check(
            "leaderboard.faults.concurrency");
    System.out.println(result.message() + " (" + result.durationMillis() + " ms)");
    assertEquals(CheckStatus.FAILED, result.status(), result.message());
    assertEquals(ConcurrencyCheck.NO_LOST_POINTS, result.failure().guarantee());
    assertTrue(result.message().contains("rebuilt"), result.message());
  }

  private static void assertShort(List<String> steps, int most) {
    long numbered = steps.stream().filter(line -> !line.strip().startsWith("#")).count();
    System.out.println(String.join("\n", steps));
    assertTrue(numbered <= most, "expected at most " + most + " steps:\n"
        + String.join("\n", steps));
  }
}
