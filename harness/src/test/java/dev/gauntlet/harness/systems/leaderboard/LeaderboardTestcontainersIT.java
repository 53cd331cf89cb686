package dev.gauntlet.harness.systems.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gauntlet.harness.run.CheckStatus;
import dev.gauntlet.harness.systems.leaderboard.backend.BackendOptions;
import dev.gauntlet.harness.systems.leaderboard.backend.Containers;
import dev.gauntlet.harness.testing.InProcessGrading;
import dev.gauntlet.reference.leaderboard.ReferenceLeaderboardFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Testcontainers path: where a Docker engine runs, the harness starts Redis and MySQL
 * containers and the reference scores full marks on them. Skipped,
 * with the reason printed, where no Docker engine answers.
 */
class LeaderboardTestcontainersIT {

  @Test
  void theReferenceScoresFullMarksOnContainers() throws Exception {
    String docker = Containers.dockerStatus();
    if (docker != null) {
      System.out.println("skipped: " + docker);
    }
    Assumptions.assumeTrue(docker == null, () -> "needs a Docker engine: " + docker);
    try (Containers containers = Containers.start()) {
      InProcessGrading.of("leaderboard", ReferenceLeaderboardFactory.class)
          .baseline(ReferenceLeaderboardFactory.class)
          .options(BackendOptions.real(containers.redisUrl(), containers.jdbcUrl())).run()
          .values().forEach(r -> assertEquals(CheckStatus.PASSED, r.status(),
              r.id() + ": " + r.message()));
    }
  }
}
