package dev.gauntlet.reference.log;

import dev.gauntlet.specs.log.ClientEnvironment;
import dev.gauntlet.specs.log.Errors;
import dev.gauntlet.specs.log.LogException;
import dev.gauntlet.specs.log.LogEntry;
import dev.gauntlet.specs.log.Message;
import dev.gauntlet.specs.log.Network;
import dev.gauntlet.specs.log.PartitionState;
import dev.gauntlet.specs.log.ProduceRequest;
import dev.gauntlet.specs.log.ProduceResponse;
import dev.gauntlet.specs.log.Producer;
import dev.gauntlet.specs.log.ProducerConfig;
import dev.gauntlet.specs.log.ProducerRecord;
import dev.gauntlet.specs.log.Record;
import dev.gauntlet.specs.log.RecordMetadata;
import dev.gauntlet.specs.log.SendCallback;
import dev.gauntlet.specs.log.TimeoutException;
import dev.gauntlet.specs.log.TopicPartition;
import dev.gauntlet.specs.log.UnknownTopicOrPartitionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The reference producer: murmur2 partitioner, one batch in flight per partition (so order holds
 * through retries), retries on retriable errors and timeouts until the delivery timeout, and
 * idempotence with a producer id and per-partition sequence numbers. A batch that expires after
 * being sent may or may not have been appended; the next batch then starts a new producer id,
 * so its sequence numbers cannot look like a gap.
 *
 * <p>Open for the harness's planted bugs: each protected step may be replaced by one.
 */
public class ReferenceProducer implements Producer {

  /** Records per produce request at most. */
  static final int MAX_BATCH = 200;

  private record Send(Record record, SendCallback callback, long deadline) {}

  private static final class Queue {
    final Deque<Send> waiting = new ArrayDeque<>();
    List<Send> batch;
    int baseSequence = -1;
    int nextSequence;
    long producerId = LogEntry.NO_PRODUCER_ID;
    long correlationId = -1;
    long sentAt;
  }

  private final ClientEnvironment env;
  private final ProducerConfig config;
  private final Network network;
  private final Map<TopicPartition, Queue> queues = new TreeMap<>();
  private long producerId = LogEntry.NO_PRODUCER_ID;
  private long nextCorrelation = 1;
  private int roundRobin;

  /** Creates the producer. */
  public ReferenceProducer(ClientEnvironment env, ProducerConfig config) {
    this.env = env;
    this.config = config;
    this.network = env.network();
  }

  @Override
  public void send(ProducerRecord pr, SendCallback callback) {
    Optional<Integer> count = env.metadata().partitionCount(pr.topic());
    int partition = -1;
    if (count.isPresent()) {
      partition = pr.partition() != null ? pr.partition()
          : pr.record().key() != null ? partitionFor(pr.record().key(), count.get())
          : Math.floorMod(roundRobin++, count.get());
    }
    if (count.isEmpty() || partition < 0 || partition >= count.get()) {
      callback.onCompletion(null, new UnknownTopicOrPartitionException("no partition "
          + pr.partition() + " of topic " + pr.topic()));
      return;
    }
    TopicPartition tp = new TopicPartition(pr.topic(), partition);
    Queue q = queues.computeIfAbsent(tp, t -> new Queue());
    q.waiting.add(new Send(pr.record(), callback,
        env.clock().millis() + config.deliveryTimeoutMs()));
    sendNext(tp, q);
  }

  /** The partition of a keyed record: murmur2 of its UTF-8 bytes, as Kafka's default. */
  protected int partitionFor(String key, int partitions) {
    return Murmur2.partition(key, partitions);
  }

  /** The offset of record {@code index} of a batch appended at {@code baseOffset}. */
  protected long offsetOf(long baseOffset, int index) {
    return baseOffset + index;
  }

  private void sendNext(TopicPartition tp, Queue q) {
    while (q.batch == null && !q.waiting.isEmpty()) {
      List<Send> batch = new ArrayList<>();
      while (!q.waiting.isEmpty() && batch.size() < MAX_BATCH) {
        batch.add(q.waiting.poll());
      }
      q.batch = batch;
      if (config.enableIdempotence()) {
        if (q.producerId != producerId()) {
          q.producerId = producerId;
          q.nextSequence = 0;
        }
        q.baseSequence = q.nextSequence;
        q.nextSequence += batch.size();
      }
      transmit(tp, q);
      if (config.acks() == 0) {
        complete(tp, q, -1, null);
      }
    }
  }

  private long producerId() {
    if (producerId < 0) {
      producerId = env.newProducerId();
    }
    return producerId;
  }

  private void transmit(TopicPartition tp, Queue q) {
    q.sentAt = env.clock().millis();
    Optional<PartitionState> state = env.metadata().partition(tp);
    if (state.isEmpty() || state.get().leader() == PartitionState.NO_LEADER) {
      q.correlationId = -1; // no leader to send to: try again on a tick
      return;
    }
    q.correlationId = nextCorrelation++;
    List<Record> records = q.batch.stream().map(Send::record).toList();
    network.send(Network.brokerAddress(state.get().leader()), new ProduceRequest(q.correlationId,
        tp, config.acks(), config.requestTimeoutMs() / 2, q.producerId, q.baseSequence, records));
  }

  private void complete(TopicPartition tp, Queue q, long baseOffset, LogException error) {
    List<Send> batch = q.batch;
    q.batch = null;
    q.correlationId = -1;
    for (int i = 0; i < batch.size(); i++) {
      if (error == null) {
        batch.get(i).callback().onCompletion(new RecordMetadata(tp,
            baseOffset < 0 ? -1 : offsetOf(baseOffset, i)), null);
      } else {
        batch.get(i).callback().onCompletion(null, error);
      }
    }
  }

  @Override
  public void onMessage(String from, Message message) {
    if (!(message instanceof ProduceResponse r)) {
      return;
    }
    Queue q = queues.get(r.partition());
    if (q == null || q.batch == null || r.correlationId() != q.correlationId) {
      return; // an answer to an attempt we gave up on
    }
    if (r.error() == Errors.NONE) {
      complete(r.partition(), q, r.baseOffset(), null);
    } else if (r.error().retriable()) {
      q.correlationId = -1; // send again on the next tick
      return;
    } else {
      fail(r.partition(), q, r.error().exception(r.error() + " from " + from));
    }
    sendNext(r.partition(), q);
  }

  private void fail(TopicPartition tp, Queue q, LogException error) {
    if (config.enableIdempotence()) {
      producerId = LogEntry.NO_PRODUCER_ID; // the batch may or may not be in: start afresh
    }
    complete(tp, q, -1, error);
  }

  @Override
  public void onTick() {
    long now = env.clock().millis();
    for (Map.Entry<TopicPartition, Queue> e : queues.entrySet()) {
      Queue q = e.getValue();
      while (!q.waiting.isEmpty() && q.waiting.peek().deadline() < now && q.batch == null) {
        Send s = q.waiting.poll();
        s.callback().onCompletion(null, new TimeoutException("not sent within the delivery"
            + " timeout of " + config.deliveryTimeoutMs() + " ms"));
      }
      if (q.batch != null && q.batch.get(0).deadline() < now) {
        fail(e.getKey(), q, new TimeoutException("not acknowledged within the delivery timeout"
            + " of " + config.deliveryTimeoutMs() + " ms"));
      } else if (q.batch != null && (q.correlationId < 0
          || now - q.sentAt > config.requestTimeoutMs())) {
        transmit(e.getKey(), q);
      }
      sendNext(e.getKey(), q);
    }
  }
}
