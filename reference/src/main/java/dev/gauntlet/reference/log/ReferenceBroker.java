package dev.gauntlet.reference.log;

import dev.gauntlet.reference.log.PartitionReplica.Pending;
import dev.gauntlet.reference.log.PartitionReplica.Role;
import dev.gauntlet.specs.Clock;
import dev.gauntlet.specs.log.Broker;
import dev.gauntlet.specs.log.BrokerEnvironment;
import dev.gauntlet.specs.log.ClusterMetadata;
import dev.gauntlet.specs.log.ControllerUnavailableException;
import dev.gauntlet.specs.log.Errors;
import dev.gauntlet.specs.log.FetchRequest;
import dev.gauntlet.specs.log.FetchResponse;
import dev.gauntlet.specs.log.LogConfig;
import dev.gauntlet.specs.log.LogEntry;
import dev.gauntlet.specs.log.LogException;
import dev.gauntlet.specs.log.Message;
import dev.gauntlet.specs.log.Network;
import dev.gauntlet.specs.log.OffsetsForLeaderEpochRequest;
import dev.gauntlet.specs.log.OffsetsForLeaderEpochResponse;
import dev.gauntlet.specs.log.PartitionState;
import dev.gauntlet.specs.log.ProduceRequest;
import dev.gauntlet.specs.log.ProduceResponse;
import dev.gauntlet.specs.log.ReplicaState;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reference broker: leader and follower of its partitions (Kafka's ReplicaManager and
 * Partition, in miniature), and the coordinator of the groups the metadata gives it.
 *
 * <ul>
 *   <li>It heartbeats the controller on every tick and takes its roles from the metadata: a new
 *       leader epoch makes it leader or follower.
 *   <li>As leader it appends, tracks each follower's fetch offset, computes the high watermark
 *       as the least log end offset over the ISR, shrinks the ISR of followers that have not
 *       caught up for {@code replica.lag.time.max.ms} and expands it with followers that reach
 *       {@code max(HW, epoch start)}, always through the controller's AlterPartition first.
 *   <li>As follower it asks the leader where its last epoch ends (OffsetsForLeaderEpoch),
 *       truncates what the leader does not have (KIP-101), then fetches from its log end.
 * </ul>
 *
 * <p>Open for the harness's planted bugs: each protected step may be replaced by one.
 */
public class ReferenceBroker implements Broker {

  /** Records a follower fetches at most per request. */
  static final int FOLLOWER_FETCH_MAX_RECORDS = 500;
  /** How long a follower waits for an answer before asking again. */
  static final long FOLLOWER_REQUEST_TIMEOUT_MS = 100;

  protected final int id;
  protected final LogConfig config;
  protected final Clock clock;
  private final BrokerEnvironment env;
  private final Network network;
  private final Map<TopicPartition, PartitionReplica> replicas = new TreeMap<>();
  private final GroupCoordinator coordinator;
  private ClusterMetadata metadata;
  private long nextCorrelation = 1;

  /** Starts the broker over its disk; partitions are recovered as the metadata names them. */
  public ReferenceBroker(BrokerEnvironment env) {
    this.env = env;
    this.id = env.brokerId();
    this.config = env.config();
    this.clock = env.clock();
    this.network = env.network();
    this.coordinator = newCoordinator(env);
  }

  /** Creates the group coordinator. */
  protected GroupCoordinator newCoordinator(BrokerEnvironment env) {
    return new GroupCoordinator(env.disk(), env.clock());
  }

  /** Opens the log of a partition this broker holds. */
  protected PartitionLog newLog(TopicPartition tp) {
    return new PartitionLog(tp, env.disk());
  }

  @Override
  public Optional<ReplicaState> replicaState(TopicPartition partition) {
    PartitionReplica r = replicas.get(partition);
    return r == null ? Optional.empty()
        : Optional.of(new ReplicaState(r.log.highWatermark(), r.log.entries()));
  }

  @Override
  public void onTick() {
    refreshMetadata();
    long now = clock.millis();
    for (Map.Entry<TopicPartition, PartitionReplica> e : replicas.entrySet()) {
      PartitionReplica r = e.getValue();
      if (r.role == Role.LEADER) {
        leaderTick(e.getKey(), r, now);
      } else if (r.role == Role.FOLLOWER && (r.inFlight < 0
          || now - r.sentAt > FOLLOWER_REQUEST_TIMEOUT_MS)) {
        sendToLeader(e.getKey(), r);
      }
    }
    if (metadata != null) {
      coordinator.tick(now);
    }
  }

  /** Heartbeats the controller and applies what it says; keeps the old view if cut off. */
  protected void refreshMetadata() {
    try {
      applyMetadata(env.controller().heartbeat());
    } catch (ControllerUnavailableException e) {
      // Cut off: keep leading or following as last known. Only AlterPartition can change an
      // ISR, and it fails too, so this broker cannot commit anything the controller would not.
    }
  }

  /** Takes the roles the metadata gives this broker. */
  protected void applyMetadata(ClusterMetadata m) {
    metadata = m;
    for (PartitionState s : m.partitions().values()) {
      if (!s.replicas().contains(id)) {
        continue;
      }
      TopicPartition tp = s.partition();
      PartitionReplica r = replicas.computeIfAbsent(tp, t -> new PartitionReplica(newLog(t)));
      if (s.leaderEpoch() > r.leaderEpoch) {
        r.state = s;
        r.leaderEpoch = s.leaderEpoch();
        if (s.leader() == id) {
          becomeLeader(tp, r);
        } else {
          failPending(r, Errors.NOT_LEADER_OR_FOLLOWER);
          if (s.leader() == PartitionState.NO_LEADER) {
            r.role = Role.NONE;
          } else {
            r.role = Role.FOLLOWER;
            r.inFlight = -1;
            startFollowing(tp);
          }
        }
      } else if (s.leaderEpoch() == r.leaderEpoch
          && s.partitionEpoch() > r.state.partitionEpoch()) {
        r.state = s;
        if (r.role == Role.LEADER) {
          maybeAdvanceHighWatermark(r);
        }
      }
    }
  }

  private void becomeLeader(TopicPartition tp, PartitionReplica r) {
    r.role = Role.LEADER;
    r.epochStartOffset = r.log.logEndOffset();
    r.followerEnd.clear();
    r.lastFetchLeaderEnd.clear();
    r.lastFetchTime.clear();
    long now = clock.millis();
    for (int b : r.state.replicas()) {
      r.lastCaughtUp.put(b, now);
    }
    maybeAdvanceHighWatermark(r);
  }

  /**
   * Starts following the leader of {@code tp}: asks where its own last epoch ends, to truncate
   * what the leader does not have before fetching (KIP-101). An empty log fetches at once.
   */
  protected void startFollowing(TopicPartition tp) {
    PartitionReplica r = replicas.get(tp);
    r.truncating = r.log.logEndOffset() > 0;
    sendToLeader(tp, r);
  }

  /** Returns a partition's high watermark on this broker. */
  protected long highWatermarkOf(TopicPartition tp) {
    return replicas.get(tp).log.highWatermark();
  }

  /** Truncates a followed partition's log to {@code offset} and starts fetching from there. */
  protected void truncateThenFetch(TopicPartition tp, long offset) {
    PartitionReplica r = replicas.get(tp);
    r.log.truncateTo(offset);
    r.truncating = false;
    r.inFlight = -1;
    sendToLeader(tp, r);
  }

  private void sendToLeader(TopicPartition tp, PartitionReplica r) {
    long corr = nextCorrelation++;
    r.inFlight = corr;
    r.sentAt = clock.millis();
    String leader = Network.brokerAddress(r.state.leader());
    if (r.truncating) {
      r.askedEpoch = r.log.latestEpoch();
      network.send(leader, new OffsetsForLeaderEpochRequest(corr, tp, r.askedEpoch, id));
    } else {
      network.send(leader, new FetchRequest(corr, tp, r.log.logEndOffset(),
          followerFetchMaxRecords(), Integer.MAX_VALUE, id, r.leaderEpoch));
    }
  }

  /** Records a follower asks for per fetch. */
  protected int followerFetchMaxRecords() {
    return FOLLOWER_FETCH_MAX_RECORDS;
  }

  @Override
  public void onMessage(String from, Message message) {
    if (message instanceof ProduceRequest r) {
      produce(from, r);
    } else if (message instanceof FetchRequest r) {
      network.send(from, fetch(r));
    } else if (message instanceof OffsetsForLeaderEpochRequest r) {
      network.send(from, offsetsForLeaderEpoch(r));
    } else if (message instanceof FetchResponse r) {
      onFetchResponse(r);
    } else if (message instanceof OffsetsForLeaderEpochResponse r) {
      onEpochResponse(r);
    } else {
      Message answer = coordinator.handle(message, metadata, id);
      if (answer != null) {
        network.send(from, answer);
      }
    }
  }

  /** Returns the replica of {@code tp} this broker leads, or the error to answer. */
  private Object leaderReplica(TopicPartition tp) {
    if (metadata == null || metadata.partition(tp).isEmpty()) {
      return Errors.UNKNOWN_TOPIC_OR_PARTITION;
    }
    PartitionReplica r = replicas.get(tp);
    return r == null || r.role != Role.LEADER ? Errors.NOT_LEADER_OR_FOLLOWER : r;
  }

  private void produce(String from, ProduceRequest req) {
    Errors error = Errors.NONE;
    long base = -1;
    Object found = leaderReplica(req.partition());
    if (req.acks() != 0 && req.acks() != 1 && req.acks() != -1) {
      error = Errors.INVALID_REQUIRED_ACKS;
    } else if (found instanceof Errors e) {
      error = e;
    } else {
      PartitionReplica r = (PartitionReplica) found;
      if (req.acks() == -1 && !enoughInSync(r.state.isr().size(), config.minInsyncReplicas())) {
        error = Errors.NOT_ENOUGH_REPLICAS;
      } else {
        SequenceCheck check = req.producerId() >= 0
            ? checkSequence(r.log, req.producerId(), req.baseSequence(), req.records().size())
            : SequenceCheck.APPEND;
        error = check.error();
        if (check.append()) {
          base = r.log.logEndOffset();
          for (int i = 0; i < req.records().size(); i++) {
            r.log.append(r.leaderEpoch, req.producerId(),
                req.producerId() >= 0 ? req.baseSequence() + i : -1, req.records().get(i));
          }
          maybeAdvanceHighWatermark(r);
        } else if (error == Errors.NONE) {
          base = check.duplicateOffset();
        }
        if (error == Errors.NONE && req.acks() != 0 && waitsForIsr(req.acks())) {
          r.pending.add(new Pending(from, req.correlationId(), base,
              base + req.records().size(), clock.millis() + req.timeoutMs()));
          completePending(r);
          return;
        }
      }
    }
    if (req.acks() != 0) {
      network.send(from, new ProduceResponse(req.correlationId(), req.partition(), error,
          error == Errors.NONE ? base : -1));
    }
  }

  /** Judges an idempotent producer's batch. */
  protected SequenceCheck checkSequence(PartitionLog log, long producerId, int baseSequence,
      int count) {
    return log.checkSequence(producerId, baseSequence, count);
  }

  /** Whether a produce with these acks waits for the ISR: only acks=all. */
  protected boolean waitsForIsr(int acks) {
    return acks == -1;
  }

  /** Whether an ISR of this size may take an acks=all write. */
  protected boolean enoughInSync(int isrSize, int minInsyncReplicas) {
    return isrSize >= minInsyncReplicas;
  }

  private FetchResponse fetch(FetchRequest req) {
    TopicPartition tp = req.partition();
    Object found = leaderReplica(tp);
    if (found instanceof Errors e) {
      return new FetchResponse(req.correlationId(), tp, e, -1, List.of());
    }
    PartitionReplica r = (PartitionReplica) found;
    if (req.currentLeaderEpoch() >= 0 && req.currentLeaderEpoch() != r.leaderEpoch) {
      return new FetchResponse(req.correlationId(), tp, req.currentLeaderEpoch() < r.leaderEpoch
          ? Errors.FENCED_LEADER_EPOCH : Errors.UNKNOWN_LEADER_EPOCH, -1, List.of());
    }
    long end = r.log.logEndOffset();
    if (outOfRange(req.fetchOffset(), end)) {
      return new FetchResponse(req.correlationId(), tp, Errors.OFFSET_OUT_OF_RANGE,
          r.log.highWatermark(), List.of());
    }
    List<LogEntry> entries;
    if (req.replicaId() >= 0) {
      followerFetched(r, req.replicaId(), req.fetchOffset());
      entries = r.log.read(req.fetchOffset(), end, req.maxRecords(), req.maxBytes());
    } else {
      long limit = consumerFetchLimit(r.log.highWatermark(), end);
      entries = r.log.read(req.fetchOffset(), limit, recordLimit(req), byteLimit(req));
    }
    return new FetchResponse(req.correlationId(), tp, Errors.NONE, r.log.highWatermark(),
        entries);
  }

  /** Whether a fetch offset is out of range: beyond the log end offset. */
  protected boolean outOfRange(long fetchOffset, long logEndOffset) {
    return fetchOffset > logEndOffset || fetchOffset < 0;
  }

  /** The offset below which a consumer may read: the high watermark. */
  protected long consumerFetchLimit(long highWatermark, long logEndOffset) {
    return highWatermark;
  }

  /** The most records a consumer's fetch returns. */
  protected int recordLimit(FetchRequest req) {
    return req.maxRecords();
  }

  /** The most bytes a consumer's fetch returns (the first record always goes). */
  protected int byteLimit(FetchRequest req) {
    return req.maxBytes();
  }

  private void followerFetched(PartitionReplica r, int follower, long offset) {
    long now = clock.millis();
    long end = r.log.logEndOffset();
    if (offset >= end) {
      r.lastCaughtUp.put(follower, now);
    } else if (offset >= r.lastFetchLeaderEnd.getOrDefault(follower, Long.MAX_VALUE)) {
      r.lastCaughtUp.put(follower, r.lastFetchTime.get(follower)); // caught up with the last fetch
    }
    r.lastFetchLeaderEnd.put(follower, end);
    r.lastFetchTime.put(follower, now);
    r.followerEnd.put(follower, offset);
    if (!r.state.isr().contains(follower) && r.state.replicas().contains(follower)
        && caughtUpForIsr(offset, Math.max(r.log.highWatermark(), r.epochStartOffset))) {
      List<Integer> isr = new ArrayList<>();
      for (int b : r.state.replicas()) {
        if (r.state.isr().contains(b) || b == follower) {
          isr.add(b);
        }
      }
      alterIsr(r, isr);
    }
    maybeAdvanceHighWatermark(r);
  }

  /**
   * Whether a follower that has replicated up to {@code followerEnd} may join the ISR: it must
   * hold everything committed, {@code threshold = max(HW, leader epoch start offset)}.
   */
  protected boolean caughtUpForIsr(long followerEnd, long threshold) {
    return followerEnd >= threshold;
  }

  private void leaderTick(TopicPartition tp, PartitionReplica r, long now) {
    List<Integer> isr = new ArrayList<>();
    for (int b : r.state.isr()) {
      if (b == id || now - r.lastCaughtUp.getOrDefault(b, now) <= config.replicaLagTimeMaxMs()) {
        isr.add(b);
      }
    }
    if (isr.size() < r.state.isr().size()) {
      alterIsr(r, isr);
    }
    completePending(r);
  }

  private void alterIsr(PartitionReplica r, List<Integer> isr) {
    try {
      r.state = changeIsr(r.state, r.leaderEpoch, isr);
      maybeAdvanceHighWatermark(r);
    } catch (ControllerUnavailableException e) {
      // Try again on a later tick; until then the ISR stays as the controller has it.
    } catch (LogException | IllegalArgumentException e) {
      refreshMetadata(); // someone changed the partition first: learn what, then decide again
    }
  }

  /** Asks the controller to change an ISR (AlterPartition) and returns the new state. */
  protected PartitionState changeIsr(PartitionState current, int leaderEpoch, List<Integer> isr) {
    return env.controller().alterPartition(current.partition(), leaderEpoch,
        current.partitionEpoch(), isr);
  }

  private void maybeAdvanceHighWatermark(PartitionReplica r) {
    if (r.role != Role.LEADER) {
      return;
    }
    long hw = r.log.logEndOffset();
    for (int b : r.state.isr()) {
      if (b != id) {
        hw = Math.min(hw, r.followerEnd.getOrDefault(b, -1L));
      }
    }
    if (hw > r.log.highWatermark()) {
      r.log.setHighWatermark(hw);
      completePending(r);
    }
  }

  private void completePending(PartitionReplica r) {
    long now = clock.millis();
    for (Iterator<Pending> it = r.pending.iterator(); it.hasNext(); ) {
      Pending p = it.next();
      Errors error;
      if (r.log.highWatermark() >= p.requiredEnd()) {
        error = enoughInSync(r.state.isr().size(), config.minInsyncReplicas()) ? Errors.NONE
            : Errors.NOT_ENOUGH_REPLICAS_AFTER_APPEND;
      } else if (now > p.deadline()) {
        error = Errors.REQUEST_TIMED_OUT;
      } else {
        continue;
      }
      it.remove();
      network.send(p.from(), new ProduceResponse(p.correlationId(), r.log.partition, error,
          error == Errors.NONE ? p.baseOffset() : -1));
    }
  }

  private void failPending(PartitionReplica r, Errors error) {
    for (Pending p : r.pending) {
      network.send(p.from(), new ProduceResponse(p.correlationId(), r.log.partition, error, -1));
    }
    r.pending.clear();
  }

  private OffsetsForLeaderEpochResponse offsetsForLeaderEpoch(OffsetsForLeaderEpochRequest req) {
    Object found = leaderReplica(req.partition());
    if (found instanceof Errors e) {
      return new OffsetsForLeaderEpochResponse(req.correlationId(), req.partition(), e, -1, -1);
    }
    long[] end = ((PartitionReplica) found).log.epochEnd(req.leaderEpoch());
    return new OffsetsForLeaderEpochResponse(req.correlationId(), req.partition(), Errors.NONE,
        (int) end[0], end[1]);
  }

  private void onEpochResponse(OffsetsForLeaderEpochResponse resp) {
    PartitionReplica r = replicas.get(resp.partition());
    if (r == null || r.role != Role.FOLLOWER || !r.truncating || resp.correlationId() != r.inFlight) {
      return;
    }
    r.inFlight = -1;
    if (resp.error() != Errors.NONE) {
      return; // the metadata will say who leads now; ask again on a tick
    }
    long ownEnd = r.log.firstOffsetAfterEpoch(resp.leaderEpoch());
    long target = divergenceOffset(resp.endOffset(), ownEnd, r.log.logEndOffset());
    r.log.truncateTo(target);
    if (resp.leaderEpoch() == r.askedEpoch || r.log.logEndOffset() == 0) {
      r.truncating = false;
    }
    sendToLeader(resp.partition(), r);
  }

  /**
   * Where a follower's log stops agreeing with the leader's, from the leader's end offset of an
   * epoch and the follower's own: the smaller.
   */
  protected long divergenceOffset(long leaderEpochEnd, long ownEpochEnd, long ownLogEnd) {
    return Math.min(leaderEpochEnd, ownEpochEnd);
  }

  private void onFetchResponse(FetchResponse resp) {
    PartitionReplica r = replicas.get(resp.partition());
    if (r == null || r.role != Role.FOLLOWER || r.truncating
        || resp.correlationId() != r.inFlight) {
      return;
    }
    r.inFlight = -1;
    if (resp.error() == Errors.OFFSET_OUT_OF_RANGE) {
      startFollowing(resp.partition()); // we hold more than the leader: find where we agree
      return;
    }
    if (resp.error() != Errors.NONE) {
      return;
    }
    for (LogEntry e : resp.entries()) {
      if (e.offset() == r.log.logEndOffset()) {
        r.log.appendReplicated(e);
      }
    }
    long hw = Math.min(resp.highWatermark(), r.log.logEndOffset());
    if (hw > r.log.highWatermark()) {
      r.log.setHighWatermark(hw);
    }
    if (!resp.entries().isEmpty()) {
      sendToLeader(resp.partition(), r);
    }
  }

  /** Returns the partitions this broker holds, for subclasses. */
  protected Set<TopicPartition> partitions() {
    return replicas.keySet();
  }
}
