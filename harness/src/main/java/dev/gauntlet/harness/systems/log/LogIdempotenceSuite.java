package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.log.Errors;
import dev.gauntlet.specs.log.LogEntry;
import dev.gauntlet.specs.log.LogFactory;
import dev.gauntlet.specs.log.Network;
import dev.gauntlet.specs.log.ProduceRequest;
import dev.gauntlet.specs.log.ProduceResponse;
import dev.gauntlet.specs.log.Producer;
import dev.gauntlet.specs.log.ProducerConfig;
import dev.gauntlet.specs.log.Record;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stage 3, the idempotent producer: retries appended once, gaps refused. */
@CheckSuite(system = "log", name = "stage3-failover", order = 3)
public class LogIdempotenceSuite {

  /**
   * First the broker alone, through the protocol: a batch sent twice with the same producer id
   * and sequence is appended once and both answers carry its offset; a gap in the sequence, and
   * a first sequence other than 0, are OUT_OF_ORDER_SEQUENCE_NUMBER and append nothing. Then the
   * candidate's idempotent producer while responses to it are lost and the leader crashes: every
   * record is in the log once, in the order sent.
   */
  @Check(id = "log.failover.idempotence", title = "Stage 3: a retried batch is appended once and"
      + " answered with its original offset; a sequence gap is OUT_OF_ORDER_SEQUENCE_NUMBER",
      points = 4, category = Category.CORRECTNESS)
  void idempotence(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    ctx.property(s -> {
      Script x = new Script(factory, s, 3, 2);
      long pid = x.cluster.controller().newProducerId();
      int leader = x.leader();
      ProduceResponse first = batch(s, x, leader, pid, 0, "a", "b");
      expectAt("a new producer's first batch (sequence 0) is appended", first, 0L);
      ProduceResponse retry = batch(s, x, leader, pid, 0, "a", "b");
      expectAt("a retried batch is appended once and answered with its original offset", retry,
          0L);
      expectAt("a producer's next sequence is appended", batch(s, x, leader, pid, 2, "c"), 2L);
      ProduceResponse gap = batch(s, x, leader, pid, 4, "e");
      GuaranteeViolation.expectEqual("a gap in sequence numbers is OUT_OF_ORDER_SEQUENCE_NUMBER",
          Errors.OUT_OF_ORDER_SEQUENCE_NUMBER, gap == null ? "no answer" : gap.error());
      ProduceResponse unknown = batch(s, x, leader, pid + 1, 3, "z");
      GuaranteeViolation.expectEqual("a producer this partition does not know must start at"
          + " sequence 0, else OUT_OF_ORDER_SEQUENCE_NUMBER", Errors.OUT_OF_ORDER_SEQUENCE_NUMBER,
          unknown == null ? "no answer" : unknown.error());
      GuaranteeViolation.expectEqual("a retried batch is appended once and answered with its"
          + " original offset", List.of("a", "b", "c"), LogWorld.values(x.cluster
              .replicaState(leader, Script.TP).orElseThrow()));
      producerUnderLoss(s, x);
    }).examples(6).shrinkAttempts(60).check(ctx.seed());
  }

  private static ProduceResponse batch(Scenario s, Script x, int leader, long pid, int seq,
      String... values) {
    List<Record> records = new ArrayList<>();
    for (String v : values) {
      records.add(new Record(null, v));
    }
    s.step("produce(producerId=" + pid + ", baseSequence=" + seq + ", " + List.of(values) + ")");
    ProduceResponse r = x.cluster.probe().call(leader, id -> new ProduceRequest(id, Script.TP,
        -1, 300, pid, seq, records), ProduceResponse.class, Probe.TIMEOUT_MILLIS);
    s.observe(r == null ? "no answer" : r.error() + " at " + r.baseOffset());
    return r;
  }

  private static void expectAt(String guarantee, ProduceResponse r, long offset) {
    GuaranteeViolation.expectEqual(guarantee, "NONE at " + offset,
        r == null ? "no answer" : r.error() + " at " + r.baseOffset());
  }

  private static void producerUnderLoss(Scenario s, Script x) {
    Producer producer = x.cluster.newProducer(ProducerConfig.idempotent());
    String self = x.cluster.idOf(producer);
    Sends sends = new Sends();
    List<String> order = new ArrayList<>();
    int values = 0;
    boolean down = false;
    int crashed = -1;
    while (s.another(8, 20)) {
      if (s.coin(0.3)) {
        int leader = x.leader();
        String kind = s.pick(List.of("lose", "heal", "crash"));
        if (kind.equals("lose") && leader > 0) {
          x.fault("lose 60 % of broker-" + leader + " -> " + self + " (the answers)");
          x.cluster.network().setLoss(Network.brokerAddress(leader), self, 0.6);
        } else if (kind.equals("crash") && !down && leader > 0) {
          x.crash(leader);
          crashed = leader;
          down = true;
        } else {
          x.fault("heal all links" + (down ? "; restart(broker-" + crashed + ")" : ""));
          x.cluster.healAll();
          if (down) {
            x.cluster.restart(crashed);
            down = false;
          }
        }
        continue;
      }
      if (s.coin(0.6)) {
        List<String> names = new ArrayList<>();
        for (int i = s.intBetween(1, 3); i > 0; i--) {
          String v = "p" + (++values);
          names.add(v);
          order.add(v);
          sends.send(producer, LogWorld.TOPIC, 0, new Record(null, v));
        }
        s.step("producer.send(" + names + ")");
      } else {
        long ms = s.pick(List.of(20L, 100L, 300L));
        s.clock("run " + ms + " ms");
        x.cluster.runFor(ms);
      }
    }
    for (Sends.Outcome o : sends.all()) {
      if (o.acked()) {
        x.acked.put(o.value, o.metadata.offset());
      }
    }
    x.cluster.healAll();
    if (down) {
      x.cluster.restart(crashed);
    }
    s.step("heal, restart, run until every send is answered");
    x.cluster.runUntil(sends::allDone, 5_000);
    for (Sends.Outcome o : sends.all()) {
      if (o.acked()) {
        x.acked.put(o.value, o.metadata.offset());
      }
    }
    List<LogEntry> log = x.settle("no acknowledged write is lost (idempotent producer, acks=all)");
    Map<String, Long> at = new HashMap<>();
    long last = -1;
    for (LogEntry e : log) {
      String v = e.record().value();
      Long before = at.put(v, e.offset());
      if (before != null) {
        throw new GuaranteeViolation("a retried batch is appended once (idempotent producer)",
            "\"" + v + "\" once", "at offsets " + before + " and " + e.offset());
      }
      int sentAt = order.indexOf(v);
      if (sentAt >= 0 && sentAt < last) {
        throw new GuaranteeViolation("records of one partition are appended in the order they"
            + " were sent", "order " + order, "\"" + v + "\" at offset " + e.offset() + " after a"
                + " record sent later");
      }
      last = Math.max(last, sentAt);
    }
  }
}
