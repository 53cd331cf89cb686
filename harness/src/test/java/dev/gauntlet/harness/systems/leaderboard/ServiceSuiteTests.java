package dev.gauntlet.harness.systems.leaderboard;

import static dev.gauntlet.harness.systems.leaderboard.IndexSuiteTests.failed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gauntlet.harness.run.CheckResult;
import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.systems.leaderboard.bugs.NonIdempotentRetries;
import dev.gauntlet.harness.systems.leaderboard.bugs.PlainServiceFactory;
import dev.gauntlet.harness.systems.leaderboard.bugs.RankOffByOne;
import dev.gauntlet.harness.testing.InProcessGrading;
import org.junit.jupiter.api.Test;

/** The service checks catch the planted service bugs, and pass the plain correct service. */
class ServiceSuiteTests {

  @Test
  void modelCatchesACompetitionRankOffByOne() {
    CheckResult result = failed(RankOffByOne.class, "leaderboard.service.model");
    assertEquals(ServiceComparison.COMPETITION, result.failure().guarantee());
    System.out.println(String.join("\n", result.failure().steps()));
  }

  @Test
  void idempotencyCatchesRetriesThatCountAgain() {
    CheckResult result = failed(NonIdempotentRetries.class, "leaderboard.service.idempotency");
    assertEquals(ServiceComparison.SUBMIT, result.failure().guarantee());
    System.out.println(String.join("\n", result.failure().steps()));
  }

  @Test
  void thePlainServicePasses() {
    InProcessGrading.of("leaderboard", PlainServiceFactory.class).run(
        "leaderboard.service.model", "leaderboard.service.idempotency",
        "leaderboard.faults.index-loss", "leaderboard.faults.db-failure",
        "leaderboard.faults.concurrency").values().forEach(r ->
            assertEquals(CheckStatus.PASSED, r.status(), r.id() + ": " + r.message()));
  }
}
