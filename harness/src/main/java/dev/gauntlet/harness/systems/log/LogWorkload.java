package dev.gauntlet.harness.systems.log;

import dev.gauntlet.harness.check.Measurement;
import dev.gauntlet.harness.check.Workload;
import dev.gauntlet.specs.log.Consumer;
import dev.gauntlet.specs.log.ConsumerConfig;
import dev.gauntlet.specs.log.LogConfig;
import dev.gauntlet.specs.log.LogFactory;
import dev.gauntlet.specs.log.Producer;
import dev.gauntlet.specs.log.ProducerConfig;
import dev.gauntlet.specs.log.ProducerRecord;
import dev.gauntlet.specs.log.Record;
import dev.gauntlet.specs.log.TopicPartition;
import java.util.ArrayList;
import java.util.List;

/**
 * The log's throughput workloads, in records per second of real time, run by the candidate's
 * worker and the reference's in turns. Each round builds a fresh simulated cluster (not timed),
 * then:
 *
 * <ul>
 *   <li>{@code log.produce-acks1}: one producer, acks=1, batches of 64 records sent at once to a
 *       partition on one broker, until all are acknowledged, again and again;
 *   <li>{@code log.produce-acks-all}: the same with acks=all to a partition replicated on three
 *       brokers (min.insync.replicas = 2): replication is in the loop;
 *   <li>{@code log.fetch}: one consumer reading a partition of 10,000 records (produced during
 *       setup) from offset 0 to the end, again and again.
 * </ul>
 *
 * The simulation's own cost (the event loop) is the same on both sides; what differs is the
 * candidate's code: per-record work that grows with the log shows as a falling ratio.
 */
public final class LogWorkload implements Workload<LogFactory> {

  private static final int BATCH = 64;
  private static final int FETCH_RECORDS = 10_000;
  private static final TopicPartition TP = new TopicPartition("t", 0);

  private final String id;

  private LogWorkload(String id) {
    this.id = id;
  }

  /** acks=1 produce to one broker. */
  public static final LogWorkload PRODUCE_ACKS_1 = new LogWorkload("log.produce-acks1");
  /** acks=all produce to three replicas. */
  public static final LogWorkload PRODUCE_ACKS_ALL = new LogWorkload("log.produce-acks-all");
  /** A consumer reading a partition of 10,000 records. */
  public static final LogWorkload FETCH = new LogWorkload("log.fetch");

  @Override
  public String id() {
    return id;
  }

  @Override
  public Class<LogFactory> factoryType() {
    return LogFactory.class;
  }

  @Override
  public Measurement round(LogFactory factory, long seed, long budgetNanos) {
    return id.equals("log.fetch") ? fetch(factory, seed, budgetNanos)
        : produce(factory, seed, budgetNanos, id.equals("log.produce-acks-all"));
  }

  private static Measurement produce(LogFactory factory, long seed, long budgetNanos,
      boolean all) {
    LogCluster cluster = new LogCluster(factory, all ? 3 : 1, LogConfig.defaults(all ? 2 : 1),
        seed);
    cluster.createTopic("t", 1, all ? 3 : 1);
    Producer producer = cluster.newProducer(ProducerConfig.acks(all ? -1 : 1));
    long records = 0;
    long start = System.nanoTime();
    long elapsed;
    int[] done = {0};
    do {
      done[0] = 0;
      for (int i = 0; i < BATCH; i++) {
        producer.send(new ProducerRecord("t", 0, new Record("k" + i, "value-" + records + i)),
            (m, e) -> done[0]++);
      }
      cluster.runUntil(() -> done[0] == BATCH, 10_000);
      records += BATCH;
      elapsed = System.nanoTime() - start;
    } while (elapsed < budgetNanos);
    return new Measurement(records, elapsed);
  }

  private static Measurement fetch(LogFactory factory, long seed, long budgetNanos) {
    LogCluster cluster = new LogCluster(factory, 1, LogConfig.defaults(1), seed);
    cluster.createTopic("t", 1, 1);
    for (int i = 0; i < FETCH_RECORDS; i += 500) {
      List<Record> batch = new ArrayList<>();
      for (int j = 0; j < 500; j++) {
        batch.add(new Record(null, "value-" + (i + j)));
      }
      LogWorld.produce(cluster, TP, 1, batch, 1_000);
    }
    Consumer consumer = cluster.newConsumer(ConsumerConfig.group(null));
    consumer.assign(List.of(TP));
    long records = 0;
    long start = System.nanoTime();
    long elapsed;
    do {
      consumer.seek(TP, 0);
      long[] read = {0};
      cluster.runUntil(() -> {
        read[0] += consumer.poll().size();
        return read[0] >= FETCH_RECORDS || System.nanoTime() - start > budgetNanos;
      }, 60_000);
      records += read[0];
      elapsed = System.nanoTime() - start;
    } while (elapsed < budgetNanos);
    return new Measurement(records, elapsed);
  }
}
