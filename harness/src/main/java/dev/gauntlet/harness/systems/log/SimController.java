package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.sim.VirtualClock;
import dev.gauntlet.specs.log.ClusterMetadata;
import dev.gauntlet.specs.log.Controller;
import dev.gauntlet.specs.log.ControllerUnavailableException;
import dev.gauntlet.specs.log.FencedLeaderEpochException;
import dev.gauntlet.specs.log.IneligibleReplicaException;
import dev.gauntlet.specs.log.InvalidUpdateVersionException;
import dev.gauntlet.specs.log.LogConfig;
import dev.gauntlet.specs.log.NotLeaderOrFollowerException;
import dev.gauntlet.specs.log.PartitionState;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The harness's controller, standing in for KRaft's quorum: it records topics, partition
 * leaders, leader epochs and ISRs; changes an ISR only by compare-and-set from the current leader
 * (AlterPartition); fences brokers whose heartbeats stop and elects new leaders from the ISR,
 * never outside it. Every change is reported to the observers, so checks can judge each ISR a
 * leader asks for at the moment it asks.
 */
final class SimController {

  /**
   * One change of a partition's state.
   *
   * @param atMillis when
   * @param cause {@code alter} (the leader's AlterPartition), {@code fence} or {@code unfence}
   * @param before the state before
   * @param after the state after
   */
  record Change(long atMillis, String cause, PartitionState before, PartitionState after) {}

  private final VirtualClock clock;
  private final LogConfig config;
  private final List<Integer> brokers;
  private final Map<Integer, Long> lastHeartbeat = new TreeMap<>();
  private final Set<Integer> fenced = new TreeSet<>();
  private final Set<Integer> cutOff = new HashSet<>();
  private final Map<String, Integer> topics = new TreeMap<>();
  private final Map<TopicPartition, PartitionState> partitions = new TreeMap<>();
  private final List<Consumer<Change>> observers = new ArrayList<>();
  private long version;
  private long nextProducerId;
  private ClusterMetadata snapshot;
  private int leaderChanges;

  SimController(VirtualClock clock, LogConfig config, List<Integer> brokers) {
    this.clock = clock;
    this.config = config;
    this.brokers = List.copyOf(brokers);
    brokers.forEach(b -> lastHeartbeat.put(b, clock.millis()));
  }

  /** Adds an observer of every partition change. */
  void observe(Consumer<Change> observer) {
    observers.add(observer);
  }

  /**
   * Creates a topic with replicas placed round-robin (as Kafka's rack-unaware placer does): the
   * replicas of partition p are brokers {@code start + p, start + p + 1, ...} in ascending order,
   * wrapping, so each partition's replicas are distinct and leaderships spread evenly.
   */
  void createTopic(String name, int partitionCount, int replicationFactor, int start) {
    if (replicationFactor < 1 || replicationFactor > brokers.size() || partitionCount < 1) {
      throw new IllegalArgumentException("cannot place " + partitionCount + " partitions with"
          + " replication factor " + replicationFactor + " on " + brokers.size() + " brokers");
    }
    topics.put(name, partitionCount);
    for (int p = 0; p < partitionCount; p++) {
      List<Integer> replicas = new ArrayList<>();
      for (int j = 0; j < replicationFactor; j++) {
        replicas.add(brokers.get(Math.floorMod(start + p + j, brokers.size())));
      }
      TopicPartition tp = new TopicPartition(name, p);
      partitions.put(tp, new PartitionState(tp, replicas, replicas.get(0), 0, replicas, 0));
    }
    changed();
  }

  /** Returns the metadata as of now. */
  ClusterMetadata metadata() {
    if (snapshot == null) {
      snapshot = new ClusterMetadata(version, topics, partitions, brokers, fenced);
    }
    return snapshot;
  }

  /** Returns a partition's state. */
  PartitionState state(TopicPartition tp) {
    return partitions.get(tp);
  }

  /** Returns how many times a partition changed leader (elections and losses of a leader). */
  int leaderChanges() {
    return leaderChanges;
  }

  /** Cuts a broker off from the controller, or reconnects it. */
  void setCutOff(int brokerId, boolean isCut) {
    if (isCut) {
      cutOff.add(brokerId);
    } else {
      cutOff.remove(brokerId);
    }
  }

  /** Returns whether a broker is fenced. */
  boolean isFenced(int brokerId) {
    return fenced.contains(brokerId);
  }

  /** Allocates a producer id. */
  long newProducerId() {
    return nextProducerId++;
  }

  /** Fences every broker whose last heartbeat is older than the session timeout. */
  void tick() {
    long now = clock.millis();
    for (int b : brokers) {
      if (!fenced.contains(b) && now - lastHeartbeat.get(b) > config.brokerSessionTimeoutMs()) {
        fence(b);
      }
    }
  }

  /** Returns the controller as broker {@code brokerId} sees it. */
  Controller handle(int brokerId) {
    return new Controller() {
      @Override
      public ClusterMetadata heartbeat() {
        reachable(brokerId);
        lastHeartbeat.put(brokerId, clock.millis());
        if (fenced.remove(brokerId)) {
          unfence(brokerId);
        }
        return metadata();
      }

      @Override
      public PartitionState alterPartition(TopicPartition partition, int leaderEpoch,
          int partitionEpoch, List<Integer> isr) {
        reachable(brokerId);
        return alter(brokerId, partition, leaderEpoch, partitionEpoch, isr);
      }
    };
  }

  private void reachable(int brokerId) {
    if (cutOff.contains(brokerId)) {
      throw new ControllerUnavailableException("broker-" + brokerId + " cannot reach the"
          + " controller");
    }
  }

  private PartitionState alter(int brokerId, TopicPartition tp, int leaderEpoch,
      int partitionEpoch, List<Integer> isr) {
    PartitionState current = partitions.get(tp);
    if (current == null) {
      throw new IllegalArgumentException("no partition " + tp);
    }
    if (current.leader() != brokerId) {
      throw new NotLeaderOrFollowerException("broker-" + brokerId + " is not the leader of " + tp
          + " (the leader is " + current.leader() + " in epoch " + current.leaderEpoch() + ")");
    }
    if (leaderEpoch != current.leaderEpoch()) {
      throw new FencedLeaderEpochException("leader epoch " + leaderEpoch + " of " + tp
          + " is not the current " + current.leaderEpoch());
    }
    if (partitionEpoch != current.partitionEpoch()) {
      throw new InvalidUpdateVersionException("partition epoch " + partitionEpoch + " of " + tp
          + " is not the current " + current.partitionEpoch());
    }
    if (isr.isEmpty() || !isr.contains(brokerId) || !current.replicas().containsAll(isr)
        || new HashSet<>(isr).size() != isr.size()) {
      throw new IllegalArgumentException("ISR " + isr + " of " + tp + " must be distinct"
          + " replicas of " + current.replicas() + " including the leader " + brokerId);
    }
    for (int b : isr) {
      if (!current.isr().contains(b) && fenced.contains(b)) {
        throw new IneligibleReplicaException("broker-" + b + " is fenced and cannot join the"
            + " ISR of " + tp);
      }
    }
    PartitionState next = new PartitionState(tp, current.replicas(), current.leader(),
        current.leaderEpoch(), isr, current.partitionEpoch() + 1);
    put(next, "alter", current);
    return next;
  }

  private void fence(int b) {
    fenced.add(b);
    for (PartitionState s : List.copyOf(partitions.values())) {
      List<Integer> isr = new ArrayList<>(s.isr());
      if (isr.contains(b) && isr.size() > 1) {
        isr.remove(Integer.valueOf(b));
      }
      int leader = s.leader();
      int epoch = s.leaderEpoch();
      if (leader == b) {
        leader = PartitionState.NO_LEADER;
        for (int r : s.replicas()) {
          if (r != b && isr.contains(r) && !fenced.contains(r)) {
            leader = r;
            break;
          }
        }
        epoch++;
      }
      if (leader != s.leader() || !isr.equals(s.isr())) {
        put(new PartitionState(s.partition(), s.replicas(), leader, epoch, isr,
            s.partitionEpoch() + 1), "fence", s);
      }
    }
  }

  private void unfence(int b) {
    for (PartitionState s : List.copyOf(partitions.values())) {
      if (s.leader() == PartitionState.NO_LEADER && s.isr().contains(b)) {
        put(new PartitionState(s.partition(), s.replicas(), b, s.leaderEpoch() + 1, s.isr(),
            s.partitionEpoch() + 1), "unfence", s);
      }
    }
    changed();
  }

  private void put(PartitionState next, String cause, PartitionState before) {
    partitions.put(next.partition(), next);
    if (next.leader() != before.leader()) {
      leaderChanges++;
    }
    changed();
    Change change = new Change(clock.millis(), cause, before, next);
    observers.forEach(o -> o.accept(change));
  }

  private void changed() {
    version++;
    snapshot = null;
  }
}
