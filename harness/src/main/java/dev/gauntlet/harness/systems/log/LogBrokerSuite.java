package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.specs.log.Consumer;
import dev.gauntlet.specs.log.ConsumerConfig;
import dev.gauntlet.specs.log.ConsumerRecord;
import dev.gauntlet.specs.log.LogConfig;
import dev.gauntlet.specs.log.LogFactory;
import dev.gauntlet.specs.log.Producer;
import dev.gauntlet.specs.log.ProducerConfig;
import dev.gauntlet.specs.log.Record;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stage 1: one broker per partition, no replication. Topics and partitions, append and fetch,
 * durability across restarts, the partitioner, and the producer and consumer end to end.
 */
@CheckSuite(system = "log", name = "stage1-broker", order = 1)
public class LogBrokerSuite {

  /** Produce, fetch with limits, and the errors of misrouted and malformed requests. */
  @Check(id = "log.broker.append-fetch", title = "Stage 1: offsets are dense per partition and a"
      + " fetch returns exactly the records from its offset, within its limits", points = 7,
      category = Category.CORRECTNESS)
  void appendFetch(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    ctx.property(s -> new AppendFetchScenario(factory, s).run(false)).examples(30)
        .shrinkAttempts(300).check(ctx.seed());
  }

  /** The same, with brokers crashing and restarting over their disks between operations. */
  @Check(id = "log.broker.restart", title = "Stage 1: a restarted broker keeps every record and"
      + " never reuses an offset", points = 5, category = Category.FAULT_TOLERANCE)
  void restart(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    AtomicInteger restarts = new AtomicInteger();
    ctx.property(s -> {
      AppendFetchScenario scenario = new AppendFetchScenario(factory, s);
      try {
        scenario.run(true);
      } finally {
        restarts.addAndGet(scenario.restarts);
      }
    }).examples(30).shrinkAttempts(300).check(ctx.seed());
    ctx.metric("faults-injected", restarts.get(), "restarts");
    ctx.partialCredit(1, "held over 30 scenarios with " + restarts.get() + " broker restarts"
        + " injected: every record survived and offsets continued after it");
  }

  /**
   * Three producers, one after the other, send the same 40 keys to a topic of 6 partitions: each
   * key must land on one partition from all three (a fixed function of the key, as murmur2 in
   * Kafka), the keys must spread over at least 4 partitions, and an explicit partition wins.
   */
  @Check(id = "log.broker.partitioner", title = "Stage 1: the same key goes to the same"
      + " partition from every producer", points = 3, category = Category.CORRECTNESS)
  void partitioner(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    LogCluster cluster = new LogCluster(factory, 1, LogConfig.defaults(1),
        ctx.seed());
    cluster.createTopic(LogWorld.TOPIC, 6, 1);
    Map<String, Integer> first = new TreeMap<>();
    int value = 0;
    for (int round = 1; round <= 3; round++) {
      Producer producer = cluster.newProducer(ProducerConfig.acks(1));
      Sends sends = new Sends();
      Map<String, Sends.Outcome> byKey = new TreeMap<>();
      for (int k = 0; k < 40; k++) {
        String key = "user-" + Long.toHexString(ctx.seed() + k * 7919L);
        byKey.put(key, sends.send(producer, LogWorld.TOPIC, null, new Record(key,
            "v" + (++value))));
      }
      Sends.Outcome pinned = sends.send(producer, LogWorld.TOPIC, 3, new Record("pinned",
          "v" + (++value)));
      cluster.runUntil(sends::allDone, 3_000);
      GuaranteeViolation.expectEqual("a record with an explicit partition goes to that"
          + " partition", 3, pinned.acked() ? pinned.metadata.partition().partition() : null);
      for (Map.Entry<String, Sends.Outcome> e : byKey.entrySet()) {
        Sends.Outcome o = e.getValue();
        if (!o.acked()) {
          throw new GuaranteeViolation("every send is acknowledged when nothing fails", "an"
              + " acknowledgement for key " + e.getKey(), o.done() ? o.error : "no callback");
        }
        int partition = o.metadata.partition().partition();
        Integer before = first.putIfAbsent(e.getKey(), partition);
        if (before != null && before != partition) {
          throw new GuaranteeViolation("the partitioner is a fixed function of the key: the"
              + " same key goes to the same partition from every producer",
              "key " + e.getKey() + " on partition " + before + " (as producer 1 sent it)",
              "partition " + partition + " from producer " + round);
        }
      }
      cluster.crashClient(producer);
    }
    int used = new TreeSet<>(first.values()).size();
    ctx.metric("partitions-used", used, "of 6");
    if (used < 4) {
      throw new GuaranteeViolation("keys spread over the partitions (hash the key's bytes)",
          "40 keys on at least 4 of 6 partitions", "on " + used);
    }
  }

  /** The candidate's producer and consumer end to end on a healthy cluster. */
  @Check(id = "log.broker.clients", title = "Stage 1: a consumer reads every acknowledged record"
      + " once, in offset order, at the offset its producer was told", points = 6,
      category = Category.CORRECTNESS)
  void clients(CheckContext ctx) {
    LogFactory factory = ctx.factory(LogFactory.class);
    ctx.property(s -> {
      LogCluster cluster = LogWorld.cluster(factory, s, 2, 1);
      LogWorld.topic(cluster, s, 3, 1);
      Producer producer = cluster.newProducer(ProducerConfig.acks(1));
      Consumer consumer = cluster.newConsumer(ConsumerConfig.group(null));
      List<TopicPartition> all = List.copyOf(cluster.metadata().partitions().keySet());
      consumer.assign(all);
      Sends sends = new Sends();
      List<ConsumerRecord> read = new ArrayList<>();
      int values = 0;
      while (s.another(8, 20)) {
        String op = s.pickWeighted(List.of("send", "run", "poll"), 3, 1, 1);
        if (op.equals("send")) {
          int n = s.intBetween(1, 4);
          List<String> names = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            String v = "r" + (++values);
            names.add(v);
            sends.send(producer, LogWorld.TOPIC, null, LogWorld.record("key-"
                + s.intBetween(0, 5), v, s.coin(0.3)));
          }
          s.step("producer.send(" + names + ")");
        } else if (op.equals("run")) {
          long ms = s.pick(List.of(5L, 20L, 100L));
          s.clock("run " + ms + " ms");
          cluster.runFor(ms);
        } else {
          List<ConsumerRecord> got = consumer.poll();
          read.addAll(got);
          s.step("consumer.poll()");
          s.observe(got.stream().map(r -> r.partition() + "@" + r.offset()).toList().toString());
        }
      }
      s.step("run until every send is answered, then poll until everything is read");
      cluster.runUntil(sends::allDone, 3_000);
      int expected = sends.acked().size();
      cluster.runUntil(() -> {
        read.addAll(consumer.poll());
        return read.size() >= expected;
      }, 3_000);
      judgeEndToEnd(sends, read);
    }).examples(12).shrinkAttempts(200).check(ctx.seed());
  }

  private static void judgeEndToEnd(Sends sends, List<ConsumerRecord> read) {
    Map<String, String> ackedAt = new HashMap<>();
    for (Sends.Outcome o : sends.all()) {
      if (!o.acked()) {
        throw new GuaranteeViolation("every send is acknowledged when nothing fails",
            "an acknowledgement of " + o.value, o.done() ? String.valueOf(o.error)
                : "no callback within 3000 ms");
      }
      String place = o.metadata.partition() + "@" + o.metadata.offset();
      String other = ackedAt.put(place, o.value);
      if (other != null) {
        throw new GuaranteeViolation("no two acknowledged records share an offset",
            "distinct offsets", other + " and " + o.value + " both acknowledged at " + place);
      }
    }
    Map<TopicPartition, Long> next = new HashMap<>();
    for (ConsumerRecord r : read) {
      long want = next.getOrDefault(r.partition(), 0L);
      if (r.offset() != want) {
        throw new GuaranteeViolation("a consumer reads each partition in offset order, each"
            + " offset once, from where it started", r.partition() + "@" + want,
            r.partition() + "@" + r.offset());
      }
      next.put(r.partition(), want + 1);
      String place = r.partition() + "@" + r.offset();
      String value = ackedAt.get(place);
      if (value == null || !value.equals(r.record().value())) {
        throw new GuaranteeViolation("a consumer reads each acknowledged record at the offset"
            + " its producer was told", value == null ? "nothing acknowledged at " + place
                : "\"" + value + "\" at " + place, "\"" + r.record().value() + "\"");
      }
    }
    GuaranteeViolation.expectEqual("a consumer reads every acknowledged record",
        ackedAt.size(), read.size());
  }
}
