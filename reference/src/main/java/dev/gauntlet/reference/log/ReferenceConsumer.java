package dev.gauntlet.reference.log;

import dev.gauntlet.specs.log.ClientEnvironment;
import dev.gauntlet.specs.log.CommitCallback;
import dev.gauntlet.specs.log.CommitFailedException;
import dev.gauntlet.specs.log.Consumer;
import dev.gauntlet.specs.log.ConsumerConfig;
import dev.gauntlet.specs.log.ConsumerRecord;
import dev.gauntlet.specs.log.Errors;
import dev.gauntlet.specs.log.FetchRequest;
import dev.gauntlet.specs.log.FetchResponse;
import dev.gauntlet.specs.log.HeartbeatRequest;
import dev.gauntlet.specs.log.HeartbeatResponse;
import dev.gauntlet.specs.log.JoinGroupRequest;
import dev.gauntlet.specs.log.JoinGroupResponse;
import dev.gauntlet.specs.log.LeaveGroupRequest;
import dev.gauntlet.specs.log.LogEntry;
import dev.gauntlet.specs.log.Message;
import dev.gauntlet.specs.log.Network;
import dev.gauntlet.specs.log.OffsetCommitRequest;
import dev.gauntlet.specs.log.OffsetCommitResponse;
import dev.gauntlet.specs.log.OffsetFetchRequest;
import dev.gauntlet.specs.log.OffsetFetchResponse;
import dev.gauntlet.specs.log.PartitionState;
import dev.gauntlet.specs.log.TimeoutException;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reference consumer: fetches each owned partition from its leader in the background, one
 * request in flight per partition, and hands records over in offset order. As a group member it
 * joins through the coordinator, reads each assigned partition from its committed offset,
 * heartbeats, drops everything and joins again when told of a new generation, and commits its
 * positions (the next offsets to read) with its generation.
 *
 * <p>Open for the harness's planted bugs: each protected step may be replaced by one.
 */
public class ReferenceConsumer implements Consumer {

  private static final int FETCH_MAX_BYTES = 1 << 20;

  private static final class Fetching {
    long position = -1;
    long fetchPosition = -1;
    long inFlight = -1;
    long sentAt;
    final Deque<ConsumerRecord> buffer = new ArrayDeque<>();
  }

  private final ClientEnvironment env;
  private final ConsumerConfig config;
  private final Network network;
  private final Map<TopicPartition, Fetching> owned = new TreeMap<>();
  private final Map<Long, CommitCallback> commits = new LinkedHashMap<>();
  private final Map<Long, Long> commitSentAt = new LinkedHashMap<>();
  private List<String> topics;
  private String memberId = "";
  private int generation = -1;
  private long joinInFlight = -1;
  private long offsetFetchInFlight = -1;
  private long requestSentAt;
  private long lastHeartbeat;
  private long nextCorrelation = 1;
  private boolean closed;

  /** Creates the consumer. */
  public ReferenceConsumer(ClientEnvironment env, ConsumerConfig config) {
    this.env = env;
    this.config = config;
    this.network = env.network();
  }

  @Override
  public void assign(Collection<TopicPartition> partitions) {
    owned.clear();
    for (TopicPartition tp : partitions) {
      Fetching f = new Fetching();
      f.position = 0;
      f.fetchPosition = 0;
      owned.put(tp, f);
    }
  }

  @Override
  public void seek(TopicPartition partition, long offset) {
    Fetching f = owned.get(partition);
    if (f == null) {
      throw new IllegalStateException(partition + " is not assigned to this consumer");
    }
    f.position = offset;
    f.fetchPosition = offset;
    f.inFlight = -1;
    f.buffer.clear();
  }

  @Override
  public void subscribe(List<String> topicList) {
    topics = List.copyOf(topicList);
    join();
  }

  @Override
  public List<ConsumerRecord> poll() {
    List<ConsumerRecord> out = new ArrayList<>();
    for (Fetching f : owned.values()) {
      while (!f.buffer.isEmpty() && out.size() < config.maxPollRecords()) {
        ConsumerRecord r = f.buffer.poll();
        out.add(r);
        f.position = r.offset() + 1;
      }
    }
    return out;
  }

  @Override
  public Set<TopicPartition> assignment() {
    return Set.copyOf(owned.keySet());
  }

  @Override
  public void commit(CommitCallback callback) {
    if (topics == null || generation < 0) {
      callback.onComplete(new CommitFailedException("not a member of a group"));
      return;
    }
    Map<TopicPartition, Long> offsets = new TreeMap<>();
    owned.forEach((tp, f) -> {
      if (f.position >= 0) {
        offsets.put(tp, f.position);
      }
    });
    long corr = nextCorrelation++;
    commits.put(corr, callback);
    commitSentAt.put(corr, env.clock().millis());
    network.send(coordinator(), new OffsetCommitRequest(corr, config.groupId(), memberId,
        generation, offsets));
  }

  @Override
  public void close() {
    if (topics != null && !memberId.isEmpty()) {
      network.send(coordinator(), new LeaveGroupRequest(nextCorrelation++, config.groupId(),
          memberId));
    }
    owned.clear();
    closed = true;
  }

  private String coordinator() {
    return Network.brokerAddress(env.metadata().coordinatorFor(config.groupId()));
  }

  private void join() {
    owned.clear();
    generation = -1;
    offsetFetchInFlight = -1;
    joinInFlight = nextCorrelation++;
    requestSentAt = env.clock().millis();
    network.send(coordinator(), new JoinGroupRequest(joinInFlight, config.groupId(), memberId,
        config.sessionTimeoutMs(), topics));
  }

  /** Where to start reading a newly assigned partition: its committed offset, else 0. */
  protected long startPosition(Long committed) {
    return committed == null ? 0 : committed;
  }

  @Override
  public void onTick() {
    if (closed) {
      return;
    }
    long now = env.clock().millis();
    commitSentAt.entrySet().removeIf(e -> {
      if (now - e.getValue() > config.requestTimeoutMs()) {
        commits.remove(e.getKey()).onComplete(new TimeoutException("no answer to the commit"));
        return true;
      }
      return false;
    });
    if (topics != null) {
      if (joinInFlight != -1 || offsetFetchInFlight >= 0) {
        if (now - requestSentAt > config.requestTimeoutMs()) {
          if (joinInFlight != -1) {
            join();
          } else {
            fetchCommitted();
          }
        }
        return;
      }
      if (now - lastHeartbeat >= config.heartbeatIntervalMs()) {
        lastHeartbeat = now;
        network.send(coordinator(), new HeartbeatRequest(nextCorrelation++, config.groupId(),
            memberId, generation));
      }
    }
    for (Map.Entry<TopicPartition, Fetching> e : owned.entrySet()) {
      Fetching f = e.getValue();
      if (f.fetchPosition >= 0 && (f.inFlight < 0 || now - f.sentAt > config.requestTimeoutMs())) {
        fetch(e.getKey(), f);
      }
    }
  }

  private void fetch(TopicPartition tp, Fetching f) {
    Optional<PartitionState> state = env.metadata().partition(tp);
    if (state.isEmpty() || state.get().leader() == PartitionState.NO_LEADER) {
      return;
    }
    f.inFlight = nextCorrelation++;
    f.sentAt = env.clock().millis();
    network.send(Network.brokerAddress(state.get().leader()), new FetchRequest(f.inFlight, tp,
        f.fetchPosition, config.maxPollRecords(), FETCH_MAX_BYTES, FetchRequest.CONSUMER, -1));
  }

  @Override
  public void onMessage(String from, Message message) {
    if (closed) {
      return;
    }
    if (message instanceof FetchResponse r) {
      onFetch(r);
    } else if (message instanceof JoinGroupResponse r && r.correlationId() == joinInFlight) {
      onJoin(r);
    } else if (message instanceof OffsetFetchResponse r
        && r.correlationId() == offsetFetchInFlight) {
      onCommitted(r);
    } else if (message instanceof HeartbeatResponse r && offsetFetchInFlight < 0
        && joinInFlight == -1) {
      if (r.error() == Errors.REBALANCE_IN_PROGRESS) {
        join();
      } else if (r.error() == Errors.UNKNOWN_MEMBER_ID || r.error() == Errors.ILLEGAL_GENERATION) {
        memberId = "";
        join();
      }
    } else if (message instanceof OffsetCommitResponse r) {
      CommitCallback cb = commits.remove(r.correlationId());
      commitSentAt.remove(r.correlationId());
      if (cb != null) {
        cb.onComplete(r.error() == Errors.NONE ? null : r.error() == Errors.ILLEGAL_GENERATION
            || r.error() == Errors.UNKNOWN_MEMBER_ID || r.error() == Errors.REBALANCE_IN_PROGRESS
            ? new CommitFailedException("commit refused: " + r.error())
            : r.error().exception("commit failed: " + r.error()));
      }
    }
  }

  private void onFetch(FetchResponse r) {
    Fetching f = owned.get(r.partition());
    if (f == null || r.correlationId() != f.inFlight) {
      return;
    }
    f.inFlight = -1;
    if (r.error() == Errors.OFFSET_OUT_OF_RANGE) {
      f.position = 0;
      f.fetchPosition = 0;
      f.buffer.clear();
      return;
    }
    if (r.error() != Errors.NONE) {
      return;
    }
    for (LogEntry e : r.entries()) {
      if (e.offset() == f.fetchPosition) {
        f.buffer.add(new ConsumerRecord(r.partition(), e.offset(),
            e.record()));
        f.fetchPosition++;
      }
    }
    if (!r.entries().isEmpty()) {
      fetch(r.partition(), f);
    }
  }

  private void onJoin(JoinGroupResponse r) {
    joinInFlight = -1;
    if (r.error() == Errors.UNKNOWN_MEMBER_ID) {
      memberId = "";
      join();
      return;
    }
    if (r.error() != Errors.NONE) {
      requestSentAt = env.clock().millis();
      joinInFlight = -2; // ask again after the request timeout (NOT_COORDINATOR and the like)
      return;
    }
    memberId = r.memberId();
    generation = r.generationId();
    lastHeartbeat = env.clock().millis();
    owned.clear();
    r.assignment().forEach(tp -> owned.put(tp, new Fetching()));
    fetchCommitted();
  }

  private void fetchCommitted() {
    offsetFetchInFlight = nextCorrelation++;
    requestSentAt = env.clock().millis();
    network.send(coordinator(), new OffsetFetchRequest(offsetFetchInFlight, config.groupId(),
        List.copyOf(owned.keySet())));
  }

  private void onCommitted(OffsetFetchResponse r) {
    offsetFetchInFlight = -1;
    if (r.error() != Errors.NONE) {
      fetchCommitted();
      return;
    }
    owned.forEach((tp, f) -> {
      f.position = startPosition(r.offsets().get(tp));
      f.fetchPosition = f.position;
    });
  }
}
