package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.specs.log.Errors;
import dev.gauntlet.specs.log.LogEntry;
import dev.gauntlet.specs.log.LogFactory;
import dev.gauntlet.specs.log.PartitionState;
import dev.gauntlet.specs.log.ProduceRequest;
import dev.gauntlet.specs.log.ProduceResponse;
import dev.gauntlet.specs.log.Record;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stage 3, the textbook failures, scripted: what acks=1 costs, the scenario Jepsen found in
 * Kafka in 2013, both KIP-101 scenarios, and a leader cut off from the controller. Each runs a
 * few times with different network seeds and record counts; every fault is a FAULT step, and a
 * pass reports what was injected.
 */
@CheckSuite(system = "log", name = "stage3-failover", order = 3)
public class LogFailoverScripts {

  private static final String NO_LOSS = "no acknowledged write is lost";

  /** Reports what a passing scripted check injected and what held. */
  private static void held(CheckContext ctx, AtomicInteger faults, String what) {
    ctx.metric("faults-injected", faults.get(), "faults");
    ctx.partialCredit(1, "held in every run (" + faults.get() + " faults injected): " + what);
  }

  /**
   * The leader is cut off from its followers and takes a write with acks=1, then crashes before
   * any follower has it; a follower is elected from the ISR without it, and the old leader
   * truncates it on rejoining. acks=1 must be acknowledged at once in that situation (that is its
   * meaning), and the same situation with acks=all must not acknowledge. The loss is reported.
   */
  @Check(id = "log.failover.acks1-loss", title = "Stage 3: acks=1 is acknowledged by the leader"
      + " alone (and so can be lost); acks=all in the same scenario is not", points = 2,
      category = Category.CORRECTNESS)
  void acksOneLoss(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    AtomicInteger lost = new AtomicInteger();
    AtomicInteger runs = new AtomicInteger();
    ctx.property(s -> {
      Script x = new Script(factory, s, 3, 2);
      x.produceCommitted(x.next());
      String one = x.next();
      String all = x.next();
      for (String value : List.of(one, all)) {
        int acks = value.equals(one) ? 1 : -1;
        int leader = x.leader();
        for (int b : x.cluster.brokerIds()) {
          if (b != leader) {
            x.cut(leader, b, true);
          }
        }
        ProduceResponse r = x.produce(leader, acks, value);
        if (acks == 1 && !Script.acknowledged(r)) {
          throw new GuaranteeViolation("acks=1 is acknowledged once the leader alone has"
              + " appended the record", Errors.NONE, r == null ? "no answer" : r.error());
        }
        if (acks == -1 && Script.acknowledged(r)) {
          throw new GuaranteeViolation("acks=all is not acknowledged while no follower can"
              + " copy the record", "NOT_ENOUGH_REPLICAS(_AFTER_APPEND), REQUEST_TIMED_OUT or"
              + " no answer", Errors.NONE);
        }
        if (acks == 1) {
          x.acked.remove(one); // acks=1 promises nothing past the leader: its loss is reported
          x.crash(leader);
          x.awaitNewLeader(leader, 1_500);
          x.healAll();
          x.restart(leader);
          x.await("the old leader is back in the ISR", () -> LogWorld.converged(x.cluster,
              Script.TP), 2_000);
        } else {
          x.healAll();
        }
      }
      List<LogEntry> log = x.settle(NO_LOSS + " with acks=all");
      runs.incrementAndGet();
      if (!Script.contains(log, one)) {
        lost.incrementAndGet();
      }
    }).examples(4).shrinkAttempts(30).check(ctx.seed());
    ctx.metric("acks1-records-lost", lost.get(), "of " + runs.get());
    ctx.metric("acks-all-records-lost", 0, "");
    ctx.partialCredit(1, "acks=1 was acknowledged by the leader alone in " + runs.get()
        + " runs and lost in " + lost.get() + " of them: the leader crashed before a follower"
        + " copied it, a follower was elected from the ISR without it, and the old leader"
        + " truncated it on rejoining. That is the price of acks=1. With acks=all the same write"
        + " was not acknowledged, so nothing acknowledged was lost");
  }

  /**
   * Jepsen, 2013 ("Call me maybe: Kafka"): the ISR shrinks to the leader alone, the leader is
   * then isolated, and a lagging replica takes over, losing every write the lone leader
   * acknowledged. With min.insync.replicas = 2 (and no unclean election) the lone leader must
   * refuse acks=all with NOT_ENOUGH_REPLICAS; the lagging replicas must not take writes while
   * the partition has no leader; after the heal nothing acknowledged is missing.
   */
  @Check(id = "log.failover.jepsen-2013", title = "Stage 3: Jepsen 2013: a leader alone in its"
      + " ISR refuses acks=all, so isolating it loses nothing acknowledged", points = 5,
      category = Category.FAULT_TOLERANCE)
  void jepsen2013(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    AtomicInteger faults = new AtomicInteger();
    ctx.property(s -> {
      Script x = new Script(factory, s, 3, 2);
      int a = x.leader();
      List<Integer> others = x.cluster.brokerIds().stream().filter(b -> b != a).toList();
      x.produceCommitted(x.next());
      x.cut(a, others.get(1), true);
      x.await("broker-" + others.get(1) + " leaves the ISR", () -> x.cluster.controller()
          .state(Script.TP).isr().size() == 2, 1_000);
      for (int i = s.intBetween(1, 3); i > 0; i--) {
        x.produceCommitted(x.next());
      }
      x.cut(a, others.get(0), true);
      x.await("the ISR shrinks to the leader alone", () -> x.cluster.controller()
          .state(Script.TP).isr().size() == 1, 1_000);
      for (int i = s.intBetween(1, 2); i > 0; i--) {
        ProduceResponse r = x.produce(a, -1, x.next());
        if (Script.acknowledged(r)) {
          throw new GuaranteeViolation("with min.insync.replicas = 2 a leader alone in its ISR"
              + " refuses acks=all (NOT_ENOUGH_REPLICAS): the writes Jepsen saw lost in 2013 are"
              + " never acknowledged", Errors.NOT_ENOUGH_REPLICAS, Errors.NONE);
        }
      }
      x.fault("isolate(broker-" + a + ")  // from the controller, the brokers and the clients");
      x.cluster.isolate(a, true);
      x.await("the controller fences broker-" + a, () -> x.cluster.controller().isFenced(a),
          1_000);
      for (int b : others) {
        ProduceResponse r = x.produce(b, -1, x.next());
        if (Script.acknowledged(r)) {
          throw new GuaranteeViolation("a replica outside the ISR never takes over: while the"
              + " partition has no leader, no broker acknowledges writes", "NOT_LEADER_OR_FOLLOWER"
              + " (the controller names no leader: " + PartitionState.NO_LEADER + ")",
              Errors.NONE + " from broker-" + b);
        }
      }
      List<LogEntry> log = x.settle(NO_LOSS + " when the leader alone in its ISR is isolated"
          + " (Jepsen 2013)");
      for (String refused : x.refused) {
        if (Script.contains(log, refused)) {
          throw new GuaranteeViolation("a write refused with NOT_ENOUGH_REPLICAS or"
              + " NOT_LEADER_OR_FOLLOWER was not appended", "\"" + refused + "\" absent",
              "present in the final log");
        }
      }
      faults.addAndGet(x.faults);
    }).examples(4).shrinkAttempts(30).check(ctx.seed());
    ctx.metric("faults-injected", faults.get(), "faults");
    ctx.partialCredit(1, "held in 4 runs (" + faults.get() + " faults injected: cuts shrinking"
        + " the ISR to the leader, its isolation, the heal): the lone leader refused acks=all,"
        + " no other broker took writes while the partition had no leader, and every"
        + " acknowledged write survived");
  }

  /**
   * KIP-101, scenario 1: a follower has fetched the last record but not yet the high watermark
   * that commits it; it restarts, and the leader dies at once. A follower that truncates to its
   * own high watermark on restart drops the committed record and, elected, loses it. Truncating
   * to the leader's epoch end offset (or not at all until the leader answers) keeps it.
   */
  @Check(id = "log.failover.kip101-hw-truncation", title = "Stage 3: KIP-101 scenario 1: a"
      + " restarted follower elected at once still has every committed record", points = 4,
      category = Category.FAULT_TOLERANCE)
  void kip101HighWatermarkTruncation(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    AtomicInteger faults = new AtomicInteger();
    ctx.property(s -> {
      Script x = new Script(factory, s, 2, 1);
      int a = x.leader();
      int b = a == 1 ? 2 : 1;
      for (int i = s.intBetween(1, 3); i > 0; i--) {
        x.produceCommitted(x.next());
      }
      x.await("the follower has the high watermark", () -> LogWorld.converged(x.cluster,
          Script.TP), 1_000);
      String m = x.next();
      s.step("produce(acks=all, [" + m + "]) to broker-" + a + ", and run until broker-" + b
          + " has fetched it");
      long corr = x.cluster.probe().send(a, id -> new ProduceRequest(id,
          Script.TP, -1, 300, -1, -1, List.of(new Record(null, m))));
      long end = x.logEnd(a) + 1;
      x.cluster.runUntil(() -> x.logEnd(b) >= end, 500);
      x.cut(a, b, false);
      ProduceResponse r = (ProduceResponse) x.cluster.probe().await(corr, Probe.TIMEOUT_MILLIS);
      s.observe(r == null ? "no answer" : r.error() + " at " + r.baseOffset() + "; broker-" + b
          + " high watermark " + x.cluster.replicaState(b, Script.TP).get().highWatermark());
      if (Script.acknowledged(r)) {
        x.acked.put(m, r.baseOffset());
      }
      x.crash(b);
      x.restart(b);
      s.clock("run 40 ms");
      x.cluster.runFor(40);
      x.crash(a);
      x.awaitNewLeader(a, 1_500);
      x.healAll();
      x.restart(a);
      x.produceCommitted(x.next());
      x.settle(NO_LOSS + " when a restarted follower is elected at once: it truncates to the"
          + " leader's epoch end offset, not its own high watermark (KIP-101 scenario 1)");
      faults.addAndGet(x.faults);
    }).examples(5).shrinkAttempts(30).check(ctx.seed());
    held(ctx, faults, "a follower restarted while its high watermark lagged, the leader"
        + " crashed at once and the follower was elected: it still had every committed record,"
        + " and the logs agreed below the high watermark");
  }

  /**
   * KIP-101, scenario 2: the leader takes a write the follower never gets (acks=1), crashes; the
   * follower is elected and takes other writes at the same offsets; after more hard failures the
   * old leader returns as a follower. It must drop what the new leader's history does not have
   * (the leader's end offset of its last epoch) before fetching, or the logs diverge below the
   * high watermark.
   */
  @Check(id = "log.failover.kip101-divergence", title = "Stage 3: KIP-101 scenario 2: after"
      + " several hard failures, replicas hold identical logs below the high watermark",
      points = 4, category = Category.FAULT_TOLERANCE)
  void kip101Divergence(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    AtomicInteger faults = new AtomicInteger();
    ctx.property(s -> {
      Script x = new Script(factory, s, 2, 1);
      int a = x.leader();
      int b = a == 1 ? 2 : 1;
      x.produceCommitted(x.next());
      x.await("the follower has the high watermark", () -> LogWorld.converged(x.cluster,
          Script.TP), 1_000);
      x.cut(a, b, true);
      for (int i = s.intBetween(1, 3); i > 0; i--) {
        x.produce(a, 1, x.next());
      }
      x.acked.clear(); // acks=1 writes may be lost; only acks=all ones are judged
      x.crash(a);
      x.awaitNewLeader(a, 1_500);
      for (int i = s.intBetween(1, 3); i > 0; i--) {
        x.produceCommitted(x.next());
      }
      x.crash(b);
      x.healAll();
      x.restart(a);
      s.clock("run 100 ms");
      x.cluster.runFor(100);
      x.restart(b);
      x.produceCommitted(x.next());
      x.settle(NO_LOSS + " after several hard failures (KIP-101 scenario 2)");
      faults.addAndGet(x.faults);
    }).examples(5).shrinkAttempts(30).check(ctx.seed());
    held(ctx, faults, "the old leader came back with acks=1 records the new leader never had,"
        + " after both brokers had crashed; it truncated them and the logs ended identical");
  }

  /**
   * The leader is cut off from the controller only: it still reaches its followers and clients.
   * The controller fences it and elects another replica; the followers follow the new leader.
   * The old leader must stop acknowledging acks=all writes (it cannot shrink its ISR without the
   * controller), and once reconnected it must truncate whatever it appended alone.
   */
  @Check(id = "log.failover.controller-partition", title = "Stage 3: a leader cut off from the"
      + " controller stops acknowledging acks=all writes (no split brain)", points = 4,
      category = Category.FAULT_TOLERANCE)
  void controllerPartition(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    AtomicInteger faults = new AtomicInteger();
    ctx.property(s -> {
      Script x = new Script(factory, s, 3, 1);
      int a = x.leader();
      for (int i = s.intBetween(1, 3); i > 0; i--) {
        x.produceCommitted(x.next());
      }
      x.fault("cut broker-" + a + " off from the controller  // it still reaches everyone else");
      x.cluster.controller().setCutOff(a, true);
      x.awaitNewLeader(a, 1_500);
      s.clock("run 300 ms");
      x.cluster.runFor(300);
      ProduceResponse r = x.produce(a, -1, x.next());
      if (Script.acknowledged(r)) {
        throw new GuaranteeViolation("a leader cut off from the controller stops acknowledging"
            + " acks=all writes: the controller has elected another leader (no split brain)",
            "no NONE from broker-" + a, Errors.NONE + " at " + r.baseOffset());
      }
      x.produceCommitted(x.next());
      x.fault("reconnect broker-" + a + " to the controller");
      x.cluster.controller().setCutOff(a, false);
      x.settle(NO_LOSS + " when a leader is cut off from the controller");
      faults.addAndGet(x.faults);
    }).examples(4).shrinkAttempts(30).check(ctx.seed());
    held(ctx, faults, "the leader cut off from the controller acknowledged no acks=all write"
        + " once another leader was elected, and rejoined as a follower without loss");
  }
}
