package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.log.Errors;
import dev.gauntlet.specs.log.LogEntry;
import dev.gauntlet.specs.log.LogFactory;
import dev.gauntlet.specs.log.Network;
import dev.gauntlet.specs.log.ProduceResponse;
import dev.gauntlet.specs.log.Record;
import dev.gauntlet.specs.log.ReplicaState;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scripted fault scenario: the textbook sequences (Jepsen 2013, KIP-101) written as steps that
 * log themselves (faults as FAULT lines) and keep a ledger of what was acknowledged, so that the
 * end of every script can check that nothing acknowledged was lost.
 */
final class Script {

  static final TopicPartition TP = new TopicPartition(LogWorld.TOPIC, 0);

  final Scenario s;
  final LogCluster cluster;
  final Map<String, Long> acked = new LinkedHashMap<>();
  final List<String> refused = new ArrayList<>();
  int faults;
  private int values;

  Script(LogFactory factory, Scenario s, int brokers, int minInsync) {
    this.s = s;
    this.cluster = LogWorld.cluster(factory, s, brokers, minInsync);
    LogWorld.topic(cluster, s, 1, brokers);
  }

  int leader() {
    return LogWorld.leader(cluster, TP);
  }

  String next() {
    return "m" + (++values);
  }

  /** Produces one record to {@code broker} (the named leader if -1) and logs the answer. */
  ProduceResponse produce(int broker, int acks, String value) {
    int to = broker < 0 ? leader() : broker;
    s.step("produce(" + TP + ", acks=" + (acks == -1 ? "all" : acks) + ", [" + value + "]) to"
        + " broker-" + to);
    ProduceResponse r = cluster.probe().produce(to, TP, acks, List.of(new Record(null, value)));
    s.observe(r == null ? "no answer" : r.error() + (Probe.ok(r) ? " at " + r.baseOffset() : ""));
    if (Probe.ok(r)) {
      acked.put(value, r.baseOffset());
    } else if (r != null && (r.error() == Errors.NOT_ENOUGH_REPLICAS
        || r.error() == Errors.NOT_LEADER_OR_FOLLOWER)) {
      refused.add(value); // errors that promise nothing was appended
    }
    return r;
  }

  /** Produces to the current leader, retrying retriable errors; the write must be acknowledged. */
  void produceCommitted(String value) {
    s.step("produce(" + TP + ", acks=all, [" + value + "]) to the leader, retrying");
    ProduceResponse r = LogWorld.produce(cluster, TP, -1, List.of(new Record(null, value)),
        1_500);
    s.observe(r == null ? "no answer" : r.error() + (Probe.ok(r) ? " at " + r.baseOffset() : ""));
    if (!Probe.ok(r)) {
      throw new GuaranteeViolation("a healthy partition accepts acks=all writes", "NONE within"
          + " 1500 ms", r == null ? "no answer" : r.error());
    }
    acked.put(value, r.baseOffset());
  }

  void fault(String text) {
    faults++;
    s.fault(text);
  }

  void cut(int a, int b, boolean bothWays) {
    fault("cut(broker-" + a + (bothWays ? " <-> " : " -> ") + "broker-" + b + ")");
    cluster.network().setCut(Network.brokerAddress(a), Network.brokerAddress(b), true);
    if (bothWays) {
      cluster.network().setCut(Network.brokerAddress(b), Network.brokerAddress(a), true);
    }
  }

  void crash(int b) {
    fault("crash(broker-" + b + ")");
    cluster.crash(b);
  }

  void restart(int b) {
    fault("restart(broker-" + b + ")  // over its disk");
    cluster.restart(b);
  }

  void healAll() {
    fault("heal all links");
    cluster.healAll();
  }

  /** Runs until the controller names a leader other than {@code not}, or fails. */
  int awaitNewLeader(int not, long maxMillis) {
    s.step("wait for the controller to elect a leader other than broker-" + not);
    boolean elected = cluster.runUntil(() -> leader() != not && leader() >= 0, maxMillis);
    s.observe("leader broker-" + leader() + ", ISR " + cluster.controller().state(TP).isr());
    if (!elected) {
      throw new IllegalStateException("the harness's controller elected no new leader in "
          + maxMillis + " ms");
    }
    return leader();
  }

  /** Runs until {@code condition} or {@code maxMillis}, logging the wait. */
  boolean await(String what, java.util.function.BooleanSupplier condition, long maxMillis) {
    s.step("run until " + what);
    boolean ok = cluster.runUntil(condition, maxMillis);
    s.observe((ok ? "" : "not within " + maxMillis + " ms; ") + "ISR "
        + cluster.controller().state(TP).isr() + ", leader broker-" + leader());
    return ok;
  }

  /** Returns a live broker's log end offset of the partition, -1 if down. */
  long logEnd(int b) {
    return cluster.replicaState(b, TP).map(ReplicaState::logEndOffset).orElse(-1L);
  }

  /**
   * Heals everything, restarts every crashed broker, lets the replicas converge, and checks that
   * every acknowledged record is at its offset and the replicas agree.
   */
  List<LogEntry> settle(String lossGuarantee) {
    s.step("heal everything, restart every crashed broker, and let the replicas converge");
    cluster.healAll();
    for (int b : cluster.brokerIds()) {
      if (!cluster.isUp(b)) {
        cluster.restart(b);
      }
    }
    if (!LogWorld.converge(cluster, TP, 3_000)) {
      throw new GuaranteeViolation("replicas converge once every fault heals", "equal logs, full"
          + " ISR, high watermark at the end within 3000 ms", LogReplicationSuite
              .describe(cluster));
    }
    List<LogEntry> log = cluster.replicaState(leader(), TP).orElseThrow().log();
    s.observe("final log " + log.stream().map(e -> e.offset() + ":" + e.record().value())
        .toList());
    for (Map.Entry<String, Long> a : acked.entrySet()) {
      long offset = a.getValue();
      if (offset >= log.size() || !log.get((int) offset).record().value().equals(a.getKey())) {
        throw new GuaranteeViolation(lossGuarantee, "\"" + a.getKey() + "\" at offset " + offset
            + " (acknowledged)", offset < log.size() ? LogWorld.describe(log.get((int) offset))
                + " there" : "the log ends at " + log.size());
      }
    }
    LogWorld.replicasAgreeBelowHighWatermark(cluster, TP);
    return log;
  }

  /** Returns whether {@code value} is in {@code log}. */
  static boolean contains(List<LogEntry> log, String value) {
    return log.stream().anyMatch(e -> e.record().value().equals(value));
  }

  /** Returns whether an answer acknowledged the write. */
  static boolean acknowledged(ProduceResponse r) {
    return r != null && r.error() == Errors.NONE;
  }
}
