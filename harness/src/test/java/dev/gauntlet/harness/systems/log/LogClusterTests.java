package dev.gauntlet.harness.systems.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gauntlet.reference.log.ReferenceLogFactory;
import dev.gauntlet.specs.log.Errors;
import dev.gauntlet.specs.log.FetchResponse;
import dev.gauntlet.specs.log.LogConfig;
import dev.gauntlet.specs.log.PartitionState;
import dev.gauntlet.specs.log.ProduceResponse;
import dev.gauntlet.specs.log.Record;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogClusterTests {

  private static final TopicPartition TP = new TopicPartition("t", 0);

  @Test
  void theReferenceReplicatesAndFailsOver() {
    LogCluster cluster = new LogCluster(new ReferenceLogFactory(), 3, LogConfig.defaults(2), 7);
    cluster.createTopic("t", 1, 3);
    ProduceResponse r = cluster.probe().produce(1, TP, -1, List.of(new Record("k", "a")));
    assertNotNull(r);
    assertEquals(Errors.NONE, r.error());
    assertEquals(0, r.baseOffset());
    cluster.runFor(100);
    for (int b = 1; b <= 3; b++) {
      assertEquals(1, cluster.replicaState(b, TP).orElseThrow().logEndOffset());
    }
    cluster.crash(1);
    assertTrue(cluster.runUntil(() -> cluster.metadata().partition(TP).get().leader() == 2, 1000));
    PartitionState s = cluster.controller().state(TP);
    assertEquals(List.of(2, 3), s.isr());
    cluster.runFor(60);
    ProduceResponse r2 = cluster.probe().produce(2, TP, -1, List.of(new Record("k", "b")));
    assertEquals(Errors.NONE, r2.error(), r2::toString);
    assertEquals(1, r2.baseOffset());
    cluster.restart(1);
    cluster.runFor(500);
    assertEquals(List.of(1, 2, 3), cluster.controller().state(TP).isr());
    FetchResponse f = cluster.probe().fetch(2, TP, 0, 10, 1000);
    assertEquals(2, f.entries().size());
    assertEquals(cluster.replicaState(1, TP).get().log(), cluster.replicaState(2, TP).get().log());
  }
}
