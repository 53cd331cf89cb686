package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.systems.log.bugs.AcksAllBeforeFollowers;
import dev.gauntlet.harness.systems.log.bugs.AcksOneWaitsForIsr;
import dev.gauntlet.harness.systems.log.bugs.IgnoresMinInsync;
import dev.gauntlet.harness.systems.log.bugs.NeverTruncates;
import dev.gauntlet.harness.systems.log.bugs.NoDuplicateDetection;
import dev.gauntlet.harness.systems.log.bugs.ShrinksIsrWithoutController;
import dev.gauntlet.harness.systems.log.bugs.SlowMetadata;
import dev.gauntlet.harness.systems.log.bugs.TruncatesToOwnHighWatermark;
import org.junit.jupiter.api.Test;

class LogFailoverSuiteTests {

  @Test
  void noAckedLossCatchesAcksAllBeforeFollowers() {
    LogGrading.assertCaught(AcksAllBeforeFollowers.class, "log.failover.no-acked-loss",
        "no acknowledged write is lost");
  }

  @Test
  void acksOneLossCatchesAcksOneThatWaits() {
    LogGrading.assertCaught(AcksOneWaitsForIsr.class, "log.failover.acks1-loss",
        "acks=1 is acknowledged once the leader alone has appended");
  }

  @Test
  void jepsenCatchesALoneLeaderThatAcknowledges() {
    LogGrading.assertCaught(IgnoresMinInsync.class, "log.failover.jepsen-2013",
        "Jepsen saw lost in 2013");
  }

  @Test
  void kip101ScenarioOneCatchesTruncationToTheOwnHighWatermark() {
    LogGrading.assertCaught(TruncatesToOwnHighWatermark.class,
        "log.failover.kip101-hw-truncation", "KIP-101 scenario 1");
  }

  @Test
  void kip101ScenarioTwoCatchesAFollowerThatNeverTruncates() {
    LogGrading.assertCaught(NeverTruncates.class, "log.failover.kip101-divergence",
        "replicas converge once every fault heals");
  }

  @Test
  void electionTimeCatchesSlowMetadata() {
    LogGrading.assertCaught(SlowMetadata.class, "log.failover.election-time",
        "serves within the failover bound");
  }

  @Test
  void controllerPartitionCatchesSplitBrain() {
    LogGrading.assertCaught(ShrinksIsrWithoutController.class,
        "log.failover.controller-partition", "no split brain");
  }

  @Test
  void idempotenceCatchesMissingDuplicateDetection() {
    LogGrading.assertCaught(NoDuplicateDetection.class, "log.failover.idempotence",
        "appended once");
  }
}
