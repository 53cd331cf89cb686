package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.log.Consumer;
import dev.gauntlet.specs.log.ConsumerConfig;
import dev.gauntlet.specs.log.ConsumerRecord;
import dev.gauntlet.specs.log.LogFactory;
import dev.gauntlet.specs.log.OffsetFetchRequest;
import dev.gauntlet.specs.log.OffsetFetchResponse;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A consumer group of the candidate's consumers over a topic of four partitions (replication
 * factor 1 on three brokers: stage 4 needs no replication), with the harness keeping track of
 * which members are alive and what each has been handed.
 */
final class Group {

  static final String ID = "g";
  static final int PARTITIONS = 4;

  final Scenario s;
  final LogCluster cluster;
  final Map<String, Consumer> live = new LinkedHashMap<>();
  final List<TopicPartition> partitions = new ArrayList<>();
  final ConsumerConfig config = ConsumerConfig.group(ID);

  Group(LogFactory factory, Scenario s) {
    this.s = s;
    this.cluster = LogWorld.cluster(factory, s, 3, 1);
    LogWorld.topic(cluster, s, PARTITIONS, 1);
    for (int p = 0; p < PARTITIONS; p++) {
      partitions.add(new TopicPartition(LogWorld.TOPIC, p));
    }
    s.note("group " + ID + ", coordinator broker-" + cluster.metadata().coordinatorFor(ID)
        + ", session timeout " + config.sessionTimeoutMs() + " ms, heartbeat every "
        + config.heartbeatIntervalMs() + " ms");
  }

  /** Starts a member that subscribes to the topic. */
  String join() {
    Consumer c = cluster.newConsumer(config);
    String id = cluster.idOf(c);
    s.step(id + ".subscribe([" + LogWorld.TOPIC + "])");
    c.subscribe(List.of(LogWorld.TOPIC));
    live.put(id, c);
    return id;
  }

  /** Crashes a member without a word. */
  void crash(String id) {
    s.fault("crash(" + id + ")  // no LeaveGroup, no more heartbeats");
    cluster.crashClient(live.remove(id));
  }

  /** Closes a member: it leaves the group. */
  void leave(String id) {
    s.step(id + ".close()");
    Consumer c = live.remove(id);
    c.close();
    cluster.crashClient(c);
  }

  /**
   * Returns whether the live members own every partition exactly once, balanced: each owns
   * {@code floor(P/n)} or {@code ceil(P/n)} partitions (so a member still joining, which owns
   * none, means the group has not settled).
   */
  boolean settled() {
    Set<TopicPartition> seen = new HashSet<>();
    int n = live.size();
    for (Consumer c : live.values()) {
      Set<TopicPartition> owned = c.assignment();
      if (owned.size() < PARTITIONS / n || owned.size() > (PARTITIONS + n - 1) / n) {
        return false;
      }
      for (TopicPartition tp : owned) {
        if (!seen.add(tp)) {
          return false;
        }
      }
    }
    return live.isEmpty() || seen.equals(new HashSet<>(partitions));
  }

  /** Returns each live member's assignment, for messages. */
  String assignments() {
    Map<String, Set<TopicPartition>> out = new TreeMap<>();
    live.forEach((id, c) -> out.put(id, new TreeSet<>(c.assignment())));
    return out.toString();
  }

  /** Runs until every partition has exactly one live owner, or fails after {@code bound} ms. */
  void awaitSettled(long bound) {
    long start = cluster.clock().millis();
    boolean ok = cluster.runUntil(this::settled, bound);
    s.observe(assignments() + " after " + (cluster.clock().millis() - start) + " ms");
    if (!ok) {
      throw new GuaranteeViolation("after a rebalance every partition is owned by exactly one"
          + " live member", "each of " + partitions + " owned by one of " + live.keySet()
          + ", balanced, within " + bound + " ms", assignments());
    }
  }

  /** Polls a member and returns what it handed over. */
  List<ConsumerRecord> poll(String id) {
    List<ConsumerRecord> got = live.get(id).poll();
    s.step(id + ".poll()");
    s.observe(got.stream().map(r -> r.partition() + "@" + r.offset()).toList().toString());
    return got;
  }

  /** Reads the group's committed offsets through the protocol. */
  Map<TopicPartition, Long> committed() {
    OffsetFetchResponse r = cluster.probe().call(cluster.metadata().coordinatorFor(ID),
        id -> new OffsetFetchRequest(id, ID, partitions), OffsetFetchResponse.class,
        Probe.TIMEOUT_MILLIS);
    if (r == null) {
      throw new GuaranteeViolation("the coordinator answers OffsetFetch", "an answer", "none");
    }
    return r.offsets();
  }
}
