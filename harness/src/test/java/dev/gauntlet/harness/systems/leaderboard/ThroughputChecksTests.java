package dev.gauntlet.harness.systems.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.systems.Workloads;
import dev.gauntlet.harness.systems.leaderboard.bugs.RebuildPerQuery;
import dev.gauntlet.harness.systems.leaderboard.bugs.RebuildPerSubmission;
import dev.gauntlet.harness.testing.InProcessGrading;
import dev.gauntlet.reference.leaderboard.ReferenceLeaderboardFactory;
import org.junit.jupiter.api.Test;

/** The throughput checks score a service that does O(n) work per call below full marks. */
class ThroughputChecksTests {

  private static CheckResult grade(Class<?> factory, String check) {
    CheckResult result = InProcessGrading.of("leaderboard", factory)
        .baseline(ReferenceLeaderboardFactory.class).check(check);
    System.out.println(factory.getSimpleName() + " on " + check + ": " + result.status() + " "
        + result.message());
    return result;
  }

  private static double ratio(CheckResult result) {
    return Double.parseDouble(result.metrics().get("throughput-ratio").split(" ")[0]);
  }

  @Test
  void theWorkloadsAreRegistered() {
    assertTrue(Workloads.byId(LeaderboardWorkload.Submissions.ID).isPresent());
    assertTrue(Workloads.byId(LeaderboardWorkload.Queries.ID).isPresent());
  }

  @Test
  void aRebuildPerQueryScoresBelowFullMarks() {
    CheckResult result = grade(RebuildPerQuery.class, "leaderboard.perf.query-throughput");
    assertTrue(result.status() == CheckStatus.FAILED || result.status() == CheckStatus.PARTIAL,
        result::message);
    assertTrue(ratio(result) < 0.5, result::message);
    assertTrue(result.message().contains("of the reference's"), result::message);
  }

  @Test
  void aRebuildPerSubmissionScoresBelowFullMarks() {
    CheckResult result = grade(RebuildPerSubmission.class,
        "leaderboard.perf.submit-throughput");
    assertTrue(ratio(result) < 0.5, result::message);
    assertEquals(true, result.status() != CheckStatus.PASSED, result::message);
  }
}
