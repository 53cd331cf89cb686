package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.log.Errors;
import dev.gauntlet.specs.log.FetchResponse;
import dev.gauntlet.specs.log.LogEntry;
import dev.gauntlet.specs.log.LogFactory;
import dev.gauntlet.specs.log.ProduceRequest;
import dev.gauntlet.specs.log.ProduceResponse;
import dev.gauntlet.specs.log.Record;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 1 as a stateful property: produce batches, fetch from any offset with random limits,
 * send requests to the wrong broker or for an unknown topic, against a model of each partition's
 * log. Two brokers, a topic of two partitions with replication factor 1, so each broker leads
 * one partition and nothing is replicated. With restarts on, a broker may crash and restart over
 * its disk between operations.
 */
final class AppendFetchScenario {

  private static final TopicPartition UNKNOWN = new TopicPartition("no-such-topic", 0);

  private final Scenario s;
  private final LogCluster cluster;
  private final Map<TopicPartition, List<Record>> model = new HashMap<>();
  private final List<TopicPartition> partitions = new ArrayList<>();
  private int values;
  int restarts;

  AppendFetchScenario(LogFactory factory, Scenario s) {
    this.s = s;
    this.cluster = LogWorld.cluster(factory, s, 2, 1);
    LogWorld.topic(cluster, s, 2, 1);
    for (int p = 0; p < 2; p++) {
      TopicPartition tp = new TopicPartition(LogWorld.TOPIC, p);
      partitions.add(tp);
      model.put(tp, new ArrayList<>());
    }
  }

  /** Runs the scenario's steps. */
  void run(boolean withRestarts) {
    while (s.another(12, 30)) {
      if (withRestarts && s.coin(0.2)) {
        restart();
        continue;
      }
      String op = s.pickWeighted(List.of("produce", "fetch", "wrong-broker", "unknown-topic",
          "bad-acks"), 6, 6, 1, 1, 1);
      TopicPartition tp = s.pick(partitions);
      switch (op) {
        case "produce" -> produce(tp);
        case "fetch" -> fetch(tp);
        case "wrong-broker" -> wrongBroker(tp);
        case "unknown-topic" -> unknownTopic();
        default -> badAcks(tp);
      }
    }
  }

  private void restart() {
    int b = s.pick(cluster.brokerIds());
    boolean fenced = s.coin(0.3);
    s.fault("crash(broker-" + b + "); " + (fenced ? "wait 500 ms (the controller fences it); "
        : "") + "restart(broker-" + b + ")  // its disk survives, its memory does not");
    cluster.crash(b);
    if (fenced) {
      cluster.runFor(500);
    }
    cluster.restart(b);
    restarts++;
    cluster.runFor(60);
  }

  private void produce(TopicPartition tp) {
    int n = s.intBetween(1, 3);
    int acks = s.pick(List.of(1, -1));
    List<Record> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      records.add(LogWorld.record("k" + s.intBetween(0, 3), "v" + (++values), s.coin(0.3)));
    }
    s.step("produce(" + tp + ", acks=" + acks + ", " + records.stream().map(Record::value)
        .toList() + ")");
    ProduceResponse r = LogWorld.produce(cluster, tp, acks, records, 1_000);
    if (r == null) {
      throw new GuaranteeViolation("the leader answers every produce request", "a"
          + " ProduceResponse within 1000 ms", "none");
    }
    s.observe(r.error() + (r.error() == Errors.NONE ? " at offset " + r.baseOffset() : ""));
    List<Record> log = model.get(tp);
    GuaranteeViolation.expectEqual("a produce is appended at the log end offset: offsets are"
        + " dense, increasing and never reused", "NONE at offset " + log.size(),
        r.error() + " at offset " + r.baseOffset());
    log.addAll(records);
  }

  private void fetch(TopicPartition tp) {
    List<Record> log = model.get(tp);
    long offset = s.intBetween(0, log.size() + 1);
    int maxRecords = s.intBetween(1, 5);
    int maxBytes = s.intBetween(1, 40);
    s.step("fetch(" + tp + ", offset=" + offset + ", maxRecords=" + maxRecords + ", maxBytes="
        + maxBytes + ")");
    FetchResponse r = cluster.probe().fetch(LogWorld.leader(cluster, tp), tp, offset,
        maxRecords, maxBytes);
    if (r == null) {
      throw new GuaranteeViolation("the leader answers every fetch request", "a FetchResponse"
          + " within " + Probe.TIMEOUT_MILLIS + " ms", "none");
    }
    s.observe(r.error() + " " + r.entries().stream().map(e -> e.offset() + ":"
        + e.record().value()).toList() + " hw=" + r.highWatermark());
    if (offset > log.size()) {
      GuaranteeViolation.expectEqual("a fetch beyond the log end offset is OFFSET_OUT_OF_RANGE",
          Errors.OFFSET_OUT_OF_RANGE, r.error());
      return;
    }
    List<String> expected = new ArrayList<>();
    int bytes = 0;
    for (long o = offset; o < log.size() && expected.size() < maxRecords; o++) {
      bytes += log.get((int) o).sizeInBytes();
      if (!expected.isEmpty() && bytes > maxBytes) {
        break;
      }
      expected.add(o + ":" + log.get((int) o));
    }
    List<String> observed = new ArrayList<>();
    for (LogEntry e : r.entries()) {
      observed.add(e.offset() + ":" + e.record());
    }
    GuaranteeViolation.expectEqual("a fetch returns the records from its offset in order,"
        + " within maxRecords and maxBytes (the first record always)", Errors.NONE + " "
        + expected, r.error() + " " + observed);
    GuaranteeViolation.expectEqual("with replication factor 1 the high watermark is the log end"
        + " offset", (long) log.size(), r.highWatermark());
  }

  private void wrongBroker(TopicPartition tp) {
    int leader = LogWorld.leader(cluster, tp);
    int other = cluster.brokerIds().stream().filter(b -> b != leader).findFirst().orElseThrow();
    s.step("produce(" + tp + ") to broker-" + other + ", which is not its leader");
    ProduceResponse r = cluster.probe().call(other, id -> new ProduceRequest(id, tp, 1, 300, -1,
        -1, List.of(new Record(null, "misrouted"))), ProduceResponse.class,
        Probe.TIMEOUT_MILLIS);
    s.observe(r == null ? "no answer" : r.error().toString());
    GuaranteeViolation.expectEqual("a broker that does not lead the partition answers"
        + " NOT_LEADER_OR_FOLLOWER", Errors.NOT_LEADER_OR_FOLLOWER, r == null ? null : r.error());
  }

  private void unknownTopic() {
    int b = s.pick(cluster.brokerIds());
    s.step("produce(" + UNKNOWN + ") to broker-" + b);
    ProduceResponse r = cluster.probe().call(b, id -> new ProduceRequest(id, UNKNOWN, 1, 300, -1,
        -1, List.of(new Record(null, "lost"))), ProduceResponse.class, Probe.TIMEOUT_MILLIS);
    s.observe(r == null ? "no answer" : r.error().toString());
    GuaranteeViolation.expectEqual("a request for a topic the metadata does not know is"
        + " UNKNOWN_TOPIC_OR_PARTITION", Errors.UNKNOWN_TOPIC_OR_PARTITION,
        r == null ? null : r.error());
  }

  private void badAcks(TopicPartition tp) {
    s.step("produce(" + tp + ", acks=2)");
    ProduceResponse r = cluster.probe().call(LogWorld.leader(cluster, tp), id ->
        new ProduceRequest(id, tp, 2, 300, -1, -1, List.of(new Record(null, "bad"))),
        ProduceResponse.class, Probe.TIMEOUT_MILLIS);
    s.observe(r == null ? "no answer" : r.error().toString());
    GuaranteeViolation.expectEqual("acks other than 0, 1 and -1 is INVALID_REQUIRED_ACKS and"
        + " appends nothing", Errors.INVALID_REQUIRED_ACKS, r == null ? null : r.error());
  }
}
