package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.systems.log.bugs.AcksAllBeforeFollowers;
import dev.gauntlet.harness.systems.log.bugs.AddsLaggingFollowersToIsr;
import dev.gauntlet.harness.systems.log.bugs.FetchBeyondHighWatermark;
import dev.gauntlet.harness.systems.log.bugs.IgnoresMinInsync;
import org.junit.jupiter.api.Test;

class LogReplicationSuiteTests {

  @Test
  void highWatermarkCatchesAcksAllBeforeFollowers() {
    LogGrading.assertCaught(AcksAllBeforeFollowers.class, "log.replication.high-watermark",
        "acks=all is acknowledged only once every in-sync replica has the record");
  }

  @Test
  void fetchHwCatchesAFetchBeyondTheHighWatermark() {
    LogGrading.assertCaught(FetchBeyondHighWatermark.class, "log.replication.fetch-hw",
        "never returns a record at or above the high watermark");
  }

  @Test
  void isrCatchesALeaderThatAddsLaggingFollowers() {
    LogGrading.assertCaught(AddsLaggingFollowersToIsr.class, "log.replication.isr",
        "joins the ISR only once it holds every record below the high watermark");
  }

  @Test
  void minInsyncCatchesALeaderThatIgnoresIt() {
    LogGrading.assertCaught(IgnoresMinInsync.class, "log.replication.min-insync",
        "refused with NOT_ENOUGH_REPLICAS");
  }
}
