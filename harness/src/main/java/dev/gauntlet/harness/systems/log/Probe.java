package dev.gauntlet.harness.systems.log;

import dev.gauntlet.specs.log.Errors;
import dev.gauntlet.specs.log.FetchRequest;
import dev.gauntlet.specs.log.FetchResponse;
import dev.gauntlet.specs.log.Message;
import dev.gauntlet.specs.log.Network;
import dev.gauntlet.specs.log.ProduceRequest;
import dev.gauntlet.specs.log.ProduceResponse;
import dev.gauntlet.specs.log.Record;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The harness's own client, {@code harness}: it speaks the protocol directly to a broker, so
 * that a check can judge the broker without depending on the candidate's producer or consumer.
 * It sends a request and runs the cluster until the answer arrives or a timeout passes.
 */
final class Probe {

  /** How long the probe waits for an answer by default: well past every retry a leader makes. */
  static final long TIMEOUT_MILLIS = 400;

  private final LogCluster cluster;
  private final Map<Long, Message> responses = new HashMap<>();
  private long nextCorrelation = 1;

  Probe(LogCluster cluster) {
    this.cluster = cluster;
  }

  void onMessage(String from, Message message) {
    responses.put(message.correlationId(), message);
  }

  /** Sends a request built for a fresh correlation id; returns the id. */
  long send(int brokerId, LongFunction<Message> request) {
    long id = nextCorrelation++;
    cluster.send(LogCluster.PROBE, Network.brokerAddress(brokerId), request.apply(id));
    return id;
  }

  /** Runs until the answer to {@code correlationId} arrives; returns it, or null on timeout. */
  Message await(long correlationId, long maxMillis) {
    cluster.runUntil(() -> responses.containsKey(correlationId), maxMillis);
    return responses.remove(correlationId);
  }

  /** Sends a request and waits for its answer; null on timeout. */
  <R extends Message> R call(int brokerId, LongFunction<Message> request, Class<R> type,
      long maxMillis) {
    Message answer = await(send(brokerId, request), maxMillis);
    return answer == null ? null : type.cast(answer);
  }

  /** Produces one batch to a broker and waits for its answer; null on timeout or acks=0. */
  ProduceResponse produce(int brokerId, TopicPartition tp, int acks, List<Record> records) {
    return call(brokerId, id -> new ProduceRequest(id, tp, acks, 300, -1, -1, records),
        ProduceResponse.class, TIMEOUT_MILLIS);
  }

  /** Fetches as a consumer and waits for the answer; null on timeout. */
  FetchResponse fetch(int brokerId, TopicPartition tp, long offset, int maxRecords,
      int maxBytes) {
    return call(brokerId, id -> new FetchRequest(id, tp, offset, maxRecords, maxBytes,
        FetchRequest.CONSUMER, -1), FetchResponse.class, TIMEOUT_MILLIS);
  }

  /** Returns whether a produce answer is a success. */
  static boolean ok(ProduceResponse response) {
    return response != null && response.error() == Errors.NONE;
  }
}
