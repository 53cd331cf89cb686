package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.log.Consumer;
import dev.gauntlet.specs.log.ConsumerConfig;
import dev.gauntlet.specs.log.ConsumerRecord;
import dev.gauntlet.specs.log.LogEntry;
import dev.gauntlet.specs.log.LogFactory;
import dev.gauntlet.specs.log.Network;
import dev.gauntlet.specs.log.Producer;
import dev.gauntlet.specs.log.ProducerConfig;
import dev.gauntlet.specs.log.ProduceResponse;
import dev.gauntlet.specs.log.Record;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stage 3, failover under generated faults: crashes, restarts and isolation of one broker at a
 * time while the candidate's idempotent producer (acks=all) writes and its consumer reads; and
 * how fast a new leader serves.
 */
@CheckSuite(system = "log", name = "stage3-failover", order = 3)
public class LogFailoverSuite {

  /**
   * Three brokers, replication factor 3, min.insync.replicas = 2. Generated sends, polls and
   * clock advances interleave with faults of one broker at a time (crash, restart, isolation,
   * heal), often the leader's. At the end everything heals and the replicas converge; then every
   * acknowledged record must be at the offset its producer was told, no record at two offsets,
   * and everything the consumer saw must still be where it saw it.
   */
  @Check(id = "log.failover.no-acked-loss", title = "Stage 3: no acknowledged write is lost with"
      + " acks=all and min.insync.replicas = 2 across crashes, restarts and leader changes",
      points = 8, category = Category.FAULT_TOLERANCE)
  void noAckedLoss(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    AtomicInteger faults = new AtomicInteger();
    AtomicInteger acked = new AtomicInteger();
    AtomicInteger leaderChanges = new AtomicInteger();
    ctx.property(s -> {
      Script x = new Script(factory, s, 3, 2);
      Producer producer = x.cluster.newProducer(ProducerConfig.idempotent());
      Consumer consumer = x.cluster.newConsumer(ConsumerConfig.group(null));
      consumer.assign(List.of(Script.TP));
      Sends sends = new Sends();
      Map<Long, String> seen = new HashMap<>();
      long[] next = {0};
      int faulty = -1;
      String kind = "";
      int values = 0;
      while (s.another(12, 30)) {
        if (s.coin(0.3)) {
          if (faulty < 0) {
            int b = s.coin(0.6) ? Math.max(x.leader(), 1) : s.pick(x.cluster.brokerIds());
            kind = s.pick(List.of("crash", "isolate", "cut-from-peers"));
            if (kind.equals("crash")) {
              x.crash(b);
            } else if (kind.equals("isolate")) {
              x.fault("isolate(broker-" + b + ")  // from everyone and the controller");
              x.cluster.isolate(b, true);
            } else {
              x.fault("cut(broker-" + b + " <-> the other brokers)  // clients and controller"
                  + " still reach it");
              for (int other : x.cluster.brokerIds()) {
                x.cluster.cut(Network.brokerAddress(b), Network.brokerAddress(other), other != b);
              }
            }
            faulty = b;
          } else if (!kind.equals("crash") && s.coin(0.5)) {
            x.crash(faulty); // the same broker fails harder: still one faulty broker
            kind = "crash";
          } else {
            if (kind.equals("crash")) {
              x.cluster.healAll();
              x.restart(faulty);
            } else {
              x.fault("heal(broker-" + faulty + ")");
              x.cluster.healAll();
            }
            faulty = -1;
          }
          continue;
        }
        String op = s.pickWeighted(List.of("send", "run", "poll"), 3, 3, 2);
        if (op.equals("send")) {
          List<String> names = new ArrayList<>();
          for (int i = s.intBetween(1, 3); i > 0; i--) {
            String v = "r" + (++values);
            names.add(v);
            sends.send(producer, LogWorld.TOPIC, 0, new Record(null, v));
          }
          s.step("producer.send(" + names + ")");
        } else if (op.equals("run")) {
          long ms = s.pick(List.of(10L, 50L, 200L, 400L));
          s.clock("run " + ms + " ms");
          x.cluster.runFor(ms);
        } else {
          s.step("consumer.poll()");
          poll(s, consumer, seen, next);
        }
      }
      s.step("heal, restart, and run until every send is answered");
      x.cluster.healAll();
      if (faulty >= 0 && kind.equals("crash")) {
        x.cluster.restart(faulty);
      }
      x.cluster.runUntil(sends::allDone, 5_000);
      for (Sends.Outcome o : sends.all()) {
        if (!o.done()) {
          throw new GuaranteeViolation("every send is answered within the delivery timeout",
              "a callback for " + o.value, "none after 5000 ms");
        }
        if (o.acked()) {
          x.acked.put(o.value, o.metadata.offset());
        }
      }
      List<LogEntry> log = x.settle("no acknowledged write is lost (acks=all,"
          + " min.insync.replicas = 2, one broker faulty at a time)");
      Map<String, Long> at = new HashMap<>();
      for (LogEntry e : log) {
        Long before = at.put(e.record().value(), e.offset());
        if (before != null) {
          throw new GuaranteeViolation("no record appears at two offsets (the producer is"
              + " idempotent)", "\"" + e.record().value() + "\" once", "at offsets " + before
                  + " and " + e.offset());
        }
      }
      x.cluster.runFor(200);
      poll(s, consumer, seen, next);
      for (Map.Entry<Long, String> e : seen.entrySet()) {
        long o = e.getKey();
        if (o >= log.size() || !log.get((int) o).record().value().equals(e.getValue())) {
          throw new GuaranteeViolation("a consumer never sees a record that is later lost or"
              + " replaced: it reads only below the high watermark", "\"" + e.getValue()
                  + "\" still at offset " + o, o < log.size()
                  ? LogWorld.describe(log.get((int) o)) : "the log ends at " + log.size());
        }
      }
      faults.addAndGet(x.faults);
      acked.addAndGet(x.acked.size());
      leaderChanges.addAndGet(x.cluster.controller().leaderChanges());
    }).examples(25).shrinkAttempts(200).check(ctx.seed());
    ctx.metric("faults-injected", faults.get(), "faults");
    ctx.metric("leader-changes", leaderChanges.get(), "elections");
    ctx.metric("records-acknowledged", acked.get(), "records");
    ctx.metric("records-lost", 0, "records");
    ctx.partialCredit(1, "held over 25 scenarios: " + faults.get() + " faults injected (crash,"
        + " restart, isolation, leader cut from its followers, heal), " + leaderChanges.get() + " leader changes, "
        + acked.get() + " records acknowledged, 0 lost, none at two offsets, and nothing a"
        + " consumer saw was later replaced");
  }

  private static void poll(Scenario s, Consumer consumer,
      Map<Long, String> seen, long[] next) {
    List<ConsumerRecord> got = consumer.poll();
    s.observe(got.stream().map(r -> r.offset() + ":" + r.record().value()).toList().toString());
    for (ConsumerRecord r : got) {
      if (r.offset() != next[0]) {
        throw new GuaranteeViolation("a consumer reads each partition in offset order, each"
            + " offset once", "offset " + next[0], "offset " + r.offset());
      }
      next[0]++;
      seen.put(r.offset(), r.record().value());
    }
  }

  /**
   * The leader crashes; the probe keeps producing (acks=all) to whichever broker the metadata
   * names: a new leader from the ISR must acknowledge within {@code maxFailoverMillis} (1000 ms
   * = the 300 ms broker session timeout after which the controller elects, plus time for the new
   * leader to learn it from its heartbeat and for followers to fetch, with room to spare).
   */
  @Check(id = "log.failover.election-time", title = "Stage 3: after the leader's crash a new"
      + " leader from the ISR serves within a bounded time", points = 3,
      category = Category.FAULT_TOLERANCE)
  void electionTime(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    long bound = (long) ctx.setting("maxFailoverMillis", 1_000);
    AtomicLong worst = new AtomicLong();
    ctx.property(s -> {
      Script x = new Script(factory, s, 3, 2);
      x.produceCommitted(x.next());
      int leader = x.leader();
      x.crash(leader);
      long crashedAt = x.cluster.clock().millis();
      String v = x.next();
      s.step("produce(acks=all, [" + v + "]) to whichever broker leads, until acknowledged");
      ProduceResponse r = LogWorld.produce(x.cluster, Script.TP, -1, List.of(new Record(null, v)),
          bound + 1_000);
      long took = x.cluster.clock().millis() - crashedAt;
      s.observe((r == null ? "no answer" : r.error()) + " after " + took + " ms, from broker-"
          + x.leader());
      worst.accumulateAndGet(took, Math::max);
      if (!Probe.ok(r) || took > bound) {
        throw new GuaranteeViolation("a new leader from the ISR serves within the failover"
            + " bound after the leader crashes", "acks=all acknowledged within " + bound
                + " ms of the crash", (r == null ? "no answer" : r.error()) + " after " + took
                + " ms");
      }
    }).examples(5).shrinkAttempts(20).check(ctx.seed());
    ctx.metric("failover-millis", worst.get(), "virtual ms (worst)");
    ctx.partialCredit(1, "a new leader served within " + worst.get() + " virtual ms of the"
        + " leader's crash (bound " + bound + " ms)");
  }
}
