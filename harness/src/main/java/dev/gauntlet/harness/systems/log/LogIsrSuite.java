package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.log.Errors;
import dev.gauntlet.specs.log.LogFactory;
import dev.gauntlet.specs.log.Network;
import dev.gauntlet.specs.log.ProduceResponse;
import dev.gauntlet.specs.log.Record;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stage 2, the ISR: followers cut off from their leader leave it in time and come back once
 * caught up, never before; acks=all needs min.insync.replicas members.
 */
@CheckSuite(system = "log", name = "stage2-replication", order = 2)
public class LogIsrSuite {

  /**
   * Cuts a follower off from the leader while records keep coming: it must leave the ISR within
   * {@code maxShrinkMillis} (replica.lag.time.max.ms 200 + 200 for heartbeats and ticks) and,
   * once healed, rejoin within {@code maxExpandMillis} (500); every replica the leader adds must
   * hold everything below the high watermark at once ({@link IsrWatch}).
   */
  @Check(id = "log.replication.isr", title = "Stage 2: a lagging follower leaves the ISR in time"
      + " and rejoins only once it holds everything below the high watermark", points = 6,
      category = Category.FAULT_TOLERANCE)
  void isr(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    long maxShrink = (long) ctx.setting("maxShrinkMillis", 400);
    long maxExpand = (long) ctx.setting("maxExpandMillis", 500);
    AtomicInteger judged = new AtomicInteger();
    ctx.property(s -> {
      LogCluster cluster = LogWorld.cluster(factory, s, 3, 2);
      LogWorld.topic(cluster, s, 1, 3);
      IsrWatch watch = new IsrWatch(cluster);
      int leader = LogWorld.leader(cluster, LogReplicationSuite.TP);
      int values = produce(s, cluster, -1, s.intBetween(1, 3), 0);
      int follower = s.pick(cluster.brokerIds().stream().filter(b -> b != leader).toList());
      s.fault("cut(broker-" + leader + " <-> broker-" + follower + ")");
      cluster.cut(Network.brokerAddress(leader), Network.brokerAddress(follower), true);
      long cutAt = cluster.clock().millis();
      values = produce(s, cluster, 1, s.intBetween(1, 4), values);
      boolean left = cluster.runUntil(() -> !isr(cluster).contains(follower),
          maxShrink - (cluster.clock().millis() - cutAt));
      s.observe("ISR " + isr(cluster) + " after " + (cluster.clock().millis() - cutAt) + " ms");
      if (!left) {
        throw new GuaranteeViolation("a follower that stops fetching leaves the ISR within"
            + " replica.lag.time.max.ms", "broker-" + follower + " out of the ISR within "
            + maxShrink + " ms of the cut", "ISR " + isr(cluster));
      }
      values = produce(s, cluster, -1, s.intBetween(0, 3), values);
      s.fault("heal(broker-" + leader + " <-> broker-" + follower + ")");
      cluster.healAll();
      long healAt = cluster.clock().millis();
      boolean back = cluster.runUntil(() -> isr(cluster).contains(follower), maxExpand);
      s.observe("ISR " + isr(cluster) + " after " + (cluster.clock().millis() - healAt) + " ms");
      if (!back) {
        throw new GuaranteeViolation("a follower that catches up rejoins the ISR",
            "broker-" + follower + " back in the ISR within " + maxExpand + " ms of the heal",
            "ISR " + isr(cluster));
      }
      produce(s, cluster, -1, 1, values);
      if (!LogWorld.converge(cluster, LogReplicationSuite.TP, 2_000)) {
        throw new GuaranteeViolation("followers catch up and rejoin the ISR once the network"
            + " heals", "all replicas equal within 2000 ms", LogReplicationSuite.describe(cluster));
      }
      LogWorld.replicasAgreeBelowHighWatermark(cluster, LogReplicationSuite.TP);
      judged.addAndGet(watch.judged());
    }).examples(8).shrinkAttempts(100).check(ctx.seed());
    ctx.metric("isr-additions-judged", judged.get(), "AlterPartition");
    ctx.metric("faults-injected", 16, "cuts and heals");
    ctx.partialCredit(1, "held in 8 runs (a follower cut off from its leader, then healed):"
        + " it left the ISR within " + maxShrink + " ms, rejoined within " + maxExpand + " ms,"
        + " and each of the " + judged.get() + " ISR additions judged held everything below the"
        + " high watermark");
  }

  /**
   * With both followers cut off, the ISR shrinks to the leader alone: acks=all must then be
   * refused with NOT_ENOUGH_REPLICAS (min.insync.replicas = 2) while acks=1 is still accepted;
   * after the heal acks=all is accepted again.
   */
  @Check(id = "log.replication.min-insync", title = "Stage 2: acks=all is refused with"
      + " NOT_ENOUGH_REPLICAS while the ISR is smaller than min.insync.replicas", points = 4,
      category = Category.CORRECTNESS)
  void minInsync(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    ctx.property(s -> {
      LogCluster cluster = LogWorld.cluster(factory, s, 3, 2);
      LogWorld.topic(cluster, s, 1, 3);
      int leader = LogWorld.leader(cluster, LogReplicationSuite.TP);
      int values = produce(s, cluster, -1, 1, 0);
      s.fault("cut broker-" + leader + " off from both followers");
      for (int b : cluster.brokerIds()) {
        cluster.cut(Network.brokerAddress(leader), Network.brokerAddress(b), b != leader);
      }
      if (!cluster.runUntil(() -> isr(cluster).size() == 1, 1_000)) {
        throw new GuaranteeViolation("a follower that stops fetching leaves the ISR within"
            + " replica.lag.time.max.ms", "ISR [" + leader + "] within 1000 ms",
            "ISR " + isr(cluster));
      }
      s.observe("ISR " + isr(cluster));
      s.step("produce(acks=all, [r" + (values + 1) + "])");
      ProduceResponse all = cluster.probe().produce(leader, LogReplicationSuite.TP, -1,
          List.of(new Record(null, "r" + (++values))));
      s.observe(all == null ? "no answer" : all.error().toString());
      GuaranteeViolation.expectEqual("acks=all is refused with NOT_ENOUGH_REPLICAS while the ISR"
          + " is smaller than min.insync.replicas", Errors.NOT_ENOUGH_REPLICAS,
          all == null ? "no answer" : all.error());
      values = produce(s, cluster, 1, 1, values);
      s.fault("heal all links");
      cluster.healAll();
      cluster.runUntil(() -> isr(cluster).size() == 3, 1_000);
      s.step("produce(acks=all, [r" + (values + 1) + "])");
      ProduceResponse again = cluster.probe().produce(leader, LogReplicationSuite.TP, -1,
          List.of(new Record(null, "r" + (values + 1))));
      s.observe(again == null ? "no answer" : again.error().toString());
      GuaranteeViolation.expectEqual("acks=all is accepted again once the ISR is back",
          Errors.NONE, again == null ? "no answer" : again.error());
    }).examples(5).shrinkAttempts(50).check(ctx.seed());
  }

  private static List<Integer> isr(LogCluster cluster) {
    return cluster.controller().state(LogReplicationSuite.TP).isr();
  }

  /** Produces {@code n} single-record batches with {@code acks}; acks=1 must succeed. */
  private static int produce(Scenario s, LogCluster cluster, int acks, int n, int values) {
    int leader = LogWorld.leader(cluster, LogReplicationSuite.TP);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String v = "r" + (++values);
      ProduceResponse r = cluster.probe().produce(leader, LogReplicationSuite.TP, acks,
          List.of(new Record(null, v)));
      out.add(v + "=" + (r == null ? "no answer" : r.error()));
      if (acks == 1 && !Probe.ok(r)) {
        s.step("produce(acks=1, [" + v + "])");
        throw new GuaranteeViolation("acks=1 is acknowledged once the leader has appended",
            Errors.NONE, r == null ? "no answer" : r.error());
      }
    }
    if (n > 0) {
      s.step("produce(acks=" + acks + ") x" + n);
      s.observe(out.toString());
    }
    return values;
  }
}
