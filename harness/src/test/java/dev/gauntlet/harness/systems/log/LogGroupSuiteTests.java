package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.systems.log.bugs.AcceptsZombieCommits;
import dev.gauntlet.harness.systems.log.bugs.CommitsLostOnRebalance;
import dev.gauntlet.harness.systems.log.bugs.NeverExpiresMembers;
import dev.gauntlet.harness.systems.log.bugs.OverlappingAssignment;
import dev.gauntlet.harness.systems.log.bugs.ResumesAfterCommitted;
import org.junit.jupiter.api.Test;

class LogGroupSuiteTests {

  @Test
  void assignmentCatchesTwoOwnersOfOnePartition() {
    LogGrading.assertCaught(OverlappingAssignment.class, "log.groups.assignment",
        "owned by exactly one live member");
  }

  @Test
  void commitsCatchesCommitsLostOnRebalance() {
    LogGrading.assertCaught(CommitsLostOnRebalance.class, "log.groups.commits",
        "committed offsets survive rebalances");
  }

  @Test
  void fencingCatchesAZombieCommit() {
    LogGrading.assertCaught(AcceptsZombieCommits.class, "log.groups.fencing",
        "older generation is refused");
  }

  @Test
  void atLeastOnceCatchesAConsumerThatSkipsTheCommittedRecord() {
    LogGrading.assertCaught(ResumesAfterCommitted.class, "log.groups.at-least-once",
        "at least once");
  }

  @Test
  void sessionTimeoutCatchesMembersThatNeverExpire() {
    LogGrading.assertCaught(NeverExpiresMembers.class, "log.groups.session-timeout",
        "owned by exactly one live member");
  }
}
