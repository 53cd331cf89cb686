package dev.gauntlet.harness.systems.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.systems.leaderboard.bugs.LinearRank;
import dev.gauntlet.harness.systems.leaderboard.bugs.SortedArrayIndex;
import dev.gauntlet.harness.systems.leaderboard.bugs.TiesByInsertion;
import dev.gauntlet.harness.systems.leaderboard.bugs.Utf16Ties;
import dev.gauntlet.harness.testing.InProcessGrading;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index checks catch the planted index bugs, and pass the plain but correct indexes. */
class IndexSuiteTests {

  @Test
  void tiesCatchInsertionOrder() {
    CheckResult result = failed(TiesByInsertion.class, "leaderboard.index.ties");
    assertEquals(IndexComparison.TIES, result.failure().guarantee());
  }

  @Test
  void modelCatchesInsertionOrderToo() {
    CheckResult result = failed(TiesByInsertion.class, "leaderboard.index.model");
    assertEquals(IndexComparison.TIES, result.failure().guarantee());
    long numbered = result.failure().steps().stream()
        .filter(line -> !line.strip().startsWith("#")).count();
    System.out.println(String.join("\n", result.failure().steps()));
    assertTrue(numbered <= 6, "expected at most 6 steps:\n" + result.failure().steps());
  }

  @Test
  void tiesCatchUtf16Order() {
    CheckResult result = failed(Utf16Ties.class, "leaderboard.index.ties");
    assertEquals(IndexComparison.TIES, result.failure().guarantee());
    assertTrue(String.join("\n", result.failure().steps()).contains("\\uD83D\\uDE00"),
        result.failure().steps().toString());
  }

  @Test
  void rankCostCatchesALinearRank() {
    CheckResult result = failed(LinearRank.class, "leaderboard.index.rank-cost");
    assertEquals(IndexCostSuite.LOG_QUERIES, result.failure().guarantee());
  }

  @Test
  void updateCostCatchesASortedArray() {
    CheckResult result = failed(SortedArrayIndex.class, "leaderboard.index.update-cost");
    assertEquals(IndexCostSuite.LOG_UPDATES, result.failure().guarantee());
  }

  @Test
  void thePlainIndexesAreCorrect() {
    for (Class<?> correct : List.of(LinearRank.class, SortedArrayIndex.class)) {
      for (String check : List.of("leaderboard.index.model", "leaderboard.index.ties")) {
        CheckResult result = InProcessGrading.of("leaderboard", correct).check(check);
        assertEquals(CheckStatus.PASSED, result.status(), correct.getSimpleName() + " "
            + check + ": " + result.message());
      }
    }
    CheckResult array = InProcessGrading.of("leaderboard", SortedArrayIndex.class)
        .check("leaderboard.index.rank-cost");
    assertEquals(CheckStatus.PASSED, array.status(), array.message() + " " + array.metrics());
  }

  static CheckResult failed(Class<?> bug, String checkId) {
    CheckResult result = InProcessGrading.of("leaderboard", bug).check(checkId);
    System.out.println(bug.getSimpleName() + " on " + checkId + ": " + result.message() + " "
        + result.metrics() + " (" + result.durationMillis() + " ms)");
    assertEquals(CheckStatus.FAILED, result.status(), bug.getSimpleName() + ": "
        + result.message());
    assertNotNull(result.failure(), result.message());
    return result;
  }
}
