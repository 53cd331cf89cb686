package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.systems.log.bugs.BaseOffsetForEveryRecord;
import dev.gauntlet.harness.systems.log.bugs.ForgetsLogOnRestart;
import dev.gauntlet.harness.systems.log.bugs.IgnoresFetchLimits;
import dev.gauntlet.harness.systems.log.bugs.UnstablePartitioner;
import org.junit.jupiter.api.Test;

class LogBrokerSuiteTests {

  @Test
  void appendFetchCatchesIgnoredFetchLimits() {
    LogGrading.assertCaught(IgnoresFetchLimits.class, "log.broker.append-fetch",
        "within maxRecords and maxBytes");
  }

  @Test
  void restartCatchesOffsetsReusedAfterRestart() {
    LogGrading.assertCaught(ForgetsLogOnRestart.class, "log.broker.restart",
        "a fetch returns the records from its offset");
  }

  @Test
  void partitionerCatchesAnUnstablePartitioner() {
    LogGrading.assertCaught(UnstablePartitioner.class, "log.broker.partitioner",
        "same key goes to the same partition");
  }

  @Test
  void clientsCatchesWrongOffsetsInACallback() {
    LogGrading.assertCaught(BaseOffsetForEveryRecord.class, "log.broker.clients",
        "share an offset");
  }
}
