package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.log.Errors;
import dev.gauntlet.specs.log.FetchResponse;
import dev.gauntlet.specs.log.LogEntry;
import dev.gauntlet.specs.log.LogFactory;
import dev.gauntlet.specs.log.Network;
import dev.gauntlet.specs.log.ProduceRequest;
import dev.gauntlet.specs.log.ProduceResponse;
import dev.gauntlet.specs.log.Record;
import dev.gauntlet.specs.log.ReplicaState;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stage 2: a partition replicated on three brokers with a stable leader. Followers fetch, the
 * leader tracks them, the high watermark and acks=all follow the ISR, and the ISR follows the
 * followers. The nemesis slows, lossens and cuts links between brokers; nobody crashes.
 */
@CheckSuite(system = "log", name = "stage2-replication", order = 2)
public class LogReplicationSuite {

  static final TopicPartition TP = new TopicPartition(LogWorld.TOPIC, 0);

  /** Draws a network fault on a link between the leader and a follower, or heals all. */
  static boolean linkFault(Scenario s, LogCluster cluster, int leader, AtomicInteger faults) {
    if (!s.coin(0.25)) {
      return false;
    }
    int follower = s.pick(cluster.brokerIds().stream().filter(b -> b != leader).toList());
    String a = Network.brokerAddress(leader);
    String b = Network.brokerAddress(follower);
    String kind = s.pick(List.of("heal", "delay", "loss"));
    faults.incrementAndGet();
    if (kind.equals("heal")) {
      s.fault("heal all links");
      cluster.healAll();
    } else if (kind.equals("delay")) {
      long ms = s.pick(List.of(30L, 80L, 150L));
      s.fault("slow(" + a + " <-> " + b + ", +" + ms + " ms)");
      cluster.network().setDelay(a, b, ms);
      cluster.network().setDelay(b, a, ms);
    } else {
      s.fault("lossy(" + a + " <-> " + b + ", 30 %)");
      cluster.network().setLoss(a, b, 0.3);
      cluster.network().setLoss(b, a, 0.3);
    }
    return true;
  }

  /**
   * acks=all and acks=1 produces through a lossy, slow network between the leader and its
   * followers. When the leader sends an acks=all acknowledgement, every ISR member must already
   * hold the batch (checked at that instant, inside the leader's event) and the ISR must have at
   * least min.insync.replicas members; the leader's high watermark never goes back; a follower's
   * log is a prefix of the leader's; once the links heal, all replicas converge.
   */
  @Check(id = "log.replication.high-watermark", title = "Stage 2: acks=all is acknowledged only"
      + " when every in-sync replica has the record; the high watermark never goes back",
      points = 7, category = Category.CORRECTNESS)
  void highWatermark(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    AtomicInteger faults = new AtomicInteger();
    AtomicInteger acked = new AtomicInteger();
    ctx.property(s -> {
      LogCluster cluster = LogWorld.cluster(factory, s, 3, 2);
      LogWorld.topic(cluster, s, 1, 3);
      int leader = LogWorld.leader(cluster, TP);
      List<String> violations = new ArrayList<>();
      Set<Long> pendingAllAcks = new HashSet<>();
      cluster.watchSends((from, to, m) -> {
        if (m instanceof ProduceResponse r && to.equals(LogCluster.PROBE)
            && r.error() == Errors.NONE && r.baseOffset() >= 0 && pendingAllAcks.contains(
                r.correlationId())) {
          List<Integer> isr = cluster.controller().state(TP).isr();
          if (isr.size() < cluster.config().minInsyncReplicas()) {
            violations.add("acknowledged with ISR " + isr);
          }
          for (int b : isr) {
            if (b != leader && cluster.replicaState(b, TP).map(ReplicaState::logEndOffset)
                .orElse(0L) <= r.baseOffset()) {
              violations.add("acknowledged offset " + r.baseOffset() + " while ISR member"
                  + " broker-" + b + " did not have it");
            }
          }
        }
      });
      long[] lastHw = {0};
      int values = 0;
      while (s.another(10, 25)) {
        if (linkFault(s, cluster, leader, faults)) {
          continue;
        }
        int acks = s.pick(List.of(-1, 1));
        List<Record> batch = new ArrayList<>();
        for (int i = s.intBetween(1, 2); i > 0; i--) {
          batch.add(new Record(null, "r" + (++values)));
        }
        s.step("produce(" + TP + ", acks=" + acks + ", " + batch.stream().map(Record::value)
            .toList() + ")");
        long corr = cluster.probe().send(leader, id -> new ProduceRequest(
            id, TP, acks, 300, -1, -1, batch));
        if (acks == -1) {
          pendingAllAcks.add(corr);
        }
        ProduceResponse r = (ProduceResponse) cluster.probe().await(corr, Probe.TIMEOUT_MILLIS);
        s.observe(r == null ? "no answer" : r.error() + " at " + r.baseOffset());
        if (!violations.isEmpty()) {
          throw new GuaranteeViolation("acks=all is acknowledged only once every in-sync replica"
              + " has the record, and only with at least min.insync.replicas in sync",
              "every ISR member holds the batch when the leader answers", violations.get(0));
        }
        if (acks == -1 && Probe.ok(r)) {
          acked.incrementAndGet();
        }
        judgeReplicas(cluster, leader, lastHw);
      }
      s.step("heal all links and let the followers catch up");
      cluster.healAll();
      if (!LogWorld.converge(cluster, TP, 2_000)) {
        throw new GuaranteeViolation("followers catch up and rejoin the ISR once the network"
            + " heals", "every replica's log equal to the leader's, high watermark at its end,"
            + " ISR full, within 2000 ms", describe(cluster));
      }
      LogWorld.replicasAgreeBelowHighWatermark(cluster, TP);
    }).examples(25).shrinkAttempts(200).check(ctx.seed());
    ctx.metric("faults-injected", faults.get(), "link faults");
    ctx.metric("records-acknowledged", acked.get(), "acks=all batches");
    ctx.partialCredit(1, "held over 25 scenarios: " + faults.get() + " link faults injected, "
        + acked.get() + " acks=all batches acknowledged, each only once the whole ISR had it");
  }

  static void judgeReplicas(LogCluster cluster, int leader, long[] lastHw) {
    ReplicaState l = cluster.replicaState(leader, TP).orElseThrow();
    if (l.highWatermark() < lastHw[0]) {
      throw new GuaranteeViolation("the leader's high watermark never goes back",
          "at least " + lastHw[0], l.highWatermark());
    }
    lastHw[0] = l.highWatermark();
    for (int b : cluster.brokerIds()) {
      if (b == leader) {
        continue;
      }
      ReplicaState f = cluster.replicaState(b, TP).orElseThrow();
      if (f.logEndOffset() > l.logEndOffset()
          || !l.log().subList(0, (int) f.logEndOffset()).equals(f.log())) {
        throw new GuaranteeViolation("a follower's log is a prefix of its leader's",
            LogWorld.values(l) + " (broker-" + leader + ")",
            LogWorld.values(f) + " (broker-" + b + ")");
      }
      if (f.highWatermark() > l.highWatermark()) {
        throw new GuaranteeViolation("a follower's high watermark is at most its leader's",
            "at most " + l.highWatermark(), f.highWatermark() + " on broker-" + b);
      }
    }
  }

  static String describe(LogCluster cluster) {
    StringBuilder b = new StringBuilder("ISR " + cluster.controller().state(TP).isr());
    for (int id : cluster.brokerIds()) {
      b.append("; broker-").append(id).append(": ").append(cluster.replicaState(id, TP)
          .map(r -> "log end " + r.logEndOffset() + ", hw " + r.highWatermark()).orElse("down"));
    }
    return b.toString();
  }

  /**
   * acks=1 produces while the followers lag behind slow links, and consumer fetches from any
   * offset up to the leader's log end: no fetch returns an entry at or above the high watermark
   * the response states, which is at most the leader's own.
   */
  @Check(id = "log.replication.fetch-hw", title = "Stage 2: a consumer's fetch never returns a"
      + " record at or above the high watermark", points = 4, category = Category.CORRECTNESS)
  void fetchBelowHighWatermark(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    ctx.property(s -> {
      LogCluster cluster = LogWorld.cluster(factory, s, 3, 2);
      LogWorld.topic(cluster, s, 1, 3);
      int leader = LogWorld.leader(cluster, TP);
      long delay = s.pick(List.of(40L, 100L));
      s.fault("slow every link of the leader by " + delay + " ms");
      for (int b : cluster.brokerIds()) {
        if (b != leader) {
          cluster.network().setDelay(Network.brokerAddress(leader), Network.brokerAddress(b),
              delay);
        }
      }
      int values = 0;
      while (s.another(10, 25)) {
        if (s.coin(0.5)) {
          String v = "r" + (++values);
          s.step("produce(" + TP + ", acks=1, [" + v + "])");
          ProduceResponse r = cluster.probe().produce(leader, TP, 1, List.of(new Record(null, v)));
          s.observe(r == null ? "no answer" : r.error() + " at " + r.baseOffset());
          continue;
        }
        long end = cluster.replicaState(leader, TP).orElseThrow().logEndOffset();
        long offset = s.longBetween(0, end);
        s.step("fetch(" + TP + ", offset=" + offset + ") as a consumer  // leader's log end "
            + end);
        FetchResponse r = cluster.probe().fetch(leader, TP, offset, 100, 1 << 20);
        long hw = cluster.replicaState(leader, TP).orElseThrow().highWatermark();
        s.observe(r == null ? "no answer" : r.error() + " " + r.entries().stream()
            .map(LogEntry::offset).toList() + " hw=" + r.highWatermark());
        if (r == null) {
          continue;
        }
        for (LogEntry e : r.entries()) {
          if (e.offset() >= r.highWatermark() || e.offset() >= hw) {
            throw new GuaranteeViolation("a consumer's fetch never returns a record at or above"
                + " the high watermark (it may yet be lost)", "offsets below the high watermark "
                + Math.min(hw, r.highWatermark()), "offset " + e.offset());
          }
        }
        if (r.highWatermark() > hw) {
          throw new GuaranteeViolation("a fetch response states the leader's high watermark",
              "at most " + hw, r.highWatermark());
        }
      }
    }).examples(20).shrinkAttempts(200).check(ctx.seed());
  }
}
