package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.log.Errors;
import dev.gauntlet.specs.log.Header;
import dev.gauntlet.specs.log.LogConfig;
import dev.gauntlet.specs.log.LogEntry;
import dev.gauntlet.specs.log.LogFactory;
import dev.gauntlet.specs.log.PartitionState;
import dev.gauntlet.specs.log.ProduceResponse;
import dev.gauntlet.specs.log.Record;
import dev.gauntlet.specs.log.ReplicaState;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What the log's checks share: building clusters from a scenario, and judging replicas. */
final class LogWorld {

  static final String TOPIC = "t";

  private LogWorld() {}

  /** Starts a cluster for a scenario: its network seed is a choice, so it replays and shrinks. */
  static LogCluster cluster(LogFactory factory, Scenario s, int brokers, int minInsync) {
    long seed = s.longBetween(0, Integer.MAX_VALUE);
    LogConfig config = LogConfig.defaults(minInsync);
    s.note(brokers + " brokers, min.insync.replicas = " + minInsync + ", network seed " + seed
        + "; replica.lag.time.max.ms = " + config.replicaLagTimeMaxMs()
        + ", broker session timeout " + config.brokerSessionTimeoutMs() + " ms, tick "
        + config.tickMillis() + " ms");
    return new LogCluster(factory, brokers, config, seed);
  }

  /** Creates the topic and logs it. */
  static void topic(LogCluster cluster, Scenario s, int partitions, int replicationFactor) {
    cluster.createTopic(TOPIC, partitions, replicationFactor);
    s.note("topic " + TOPIC + ": " + partitions + " partitions, replication factor "
        + replicationFactor + "; replicas " + cluster.metadata().partitions().values().stream()
            .map(p -> p.partition() + "=" + p.replicas()).collect(Collectors.joining(", ")));
  }

  /** Returns a record named {@code value}, with a key and sometimes a header. */
  static Record record(String key, String value, boolean header) {
    return new Record(key, value, header ? List.of(new Header("h", value + "!")) : List.of());
  }

  /** Returns the leader the controller names for {@code tp}. */
  static int leader(LogCluster cluster, TopicPartition tp) {
    return cluster.metadata().partition(tp).map(PartitionState::leader)
        .orElse(PartitionState.NO_LEADER);
  }

  /**
   * Produces through the probe to the current leader, retrying retriable errors (as a client
   * would after fresh metadata) until {@code maxMillis}; returns the last answer, or null.
   */
  static ProduceResponse produce(LogCluster cluster, TopicPartition tp, int acks,
      List<Record> records, long maxMillis) {
    long deadline = cluster.clock().millis() + maxMillis;
    ProduceResponse last = null;
    while (cluster.clock().millis() < deadline) {
      int leader = leader(cluster, tp);
      if (leader == PartitionState.NO_LEADER || !cluster.isUp(leader)) {
        cluster.runFor(cluster.config().tickMillis());
        continue;
      }
      last = cluster.probe().produce(leader, tp, acks, records);
      if (last != null && (last.error() == Errors.NONE || !last.error().retriable())) {
        return last;
      }
      cluster.runFor(cluster.config().tickMillis());
    }
    return last;
  }

  /** Runs until every live replica of {@code tp} holds the leader's log with the HW at its end. */
  static boolean converge(LogCluster cluster, TopicPartition tp, long maxMillis) {
    return cluster.runUntil(() -> converged(cluster, tp), maxMillis);
  }

  static boolean converged(LogCluster cluster, TopicPartition tp) {
    PartitionState state = cluster.controller().state(tp);
    if (state.leader() == PartitionState.NO_LEADER || !cluster.isUp(state.leader())
        || state.isr().size() != state.replicas().size()) {
      return false;
    }
    Optional<ReplicaState> leader = cluster.replicaState(state.leader(), tp);
    if (leader.isEmpty() || leader.get().highWatermark() != leader.get().logEndOffset()) {
      return false;
    }
    for (int b : state.replicas()) {
      Optional<ReplicaState> r = cluster.replicaState(b, tp);
      if (r.isEmpty() || r.get().logEndOffset() != leader.get().logEndOffset()
          || r.get().highWatermark() != leader.get().highWatermark()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks that every two live replicas hold the same entries below the smaller of their high
   * watermarks (KIP-101's promise).
   */
  static void replicasAgreeBelowHighWatermark(LogCluster cluster, TopicPartition tp) {
    List<Integer> live = new ArrayList<>();
    for (int b : cluster.controller().state(tp).replicas()) {
      if (cluster.replicaState(b, tp).isPresent()) {
        live.add(b);
      }
    }
    for (int i = 0; i < live.size(); i++) {
      for (int j = i + 1; j < live.size(); j++) {
        ReplicaState a = cluster.replicaState(live.get(i), tp).get();
        ReplicaState b = cluster.replicaState(live.get(j), tp).get();
        long below = Math.min(a.highWatermark(), b.highWatermark());
        for (int o = 0; o < below; o++) {
          if (o >= a.log().size() || o >= b.log().size()
              || !same(a.log().get(o), b.log().get(o))) {
            throw new GuaranteeViolation("replicas hold identical logs below the high watermark"
                + " (followers truncate to the leader's epoch end offset, KIP-101)",
                "broker-" + live.get(i) + " and broker-" + live.get(j) + " agree on " + tp
                    + " below offset " + below,
                "at offset " + o + ": " + show(a, o) + " vs " + show(b, o));
          }
        }
      }
    }
  }

  private static boolean same(LogEntry a, LogEntry b) {
    return a.record().equals(b.record()) && a.leaderEpoch() == b.leaderEpoch();
  }

  private static String show(ReplicaState r, int offset) {
    return offset < r.log().size() ? describe(r.log().get(offset)) : "nothing";
  }

  /** Renders an entry as the failure message shows it. */
  static String describe(LogEntry e) {
    return "\"" + e.record().value() + "\" (epoch " + e.leaderEpoch() + ")";
  }

  /** Returns the values of a replica's log, e.g. {@code [r1, r2]}. */
  static List<String> values(ReplicaState state) {
    return state.log().stream().map(e -> e.record().value()).toList();
  }
}
