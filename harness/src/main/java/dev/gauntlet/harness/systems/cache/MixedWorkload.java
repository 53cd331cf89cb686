package dev.gauntlet.harness.systems.cache;

import dev.gauntlet.harness.check.Measurement;
import dev.gauntlet.harness.check.Workload;
import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheFactory;
import java.util.SplittableRandom;

/**
 * The cache's throughput workload, {@code cache.mixed}: one client of a 5-node cluster (R = 3)
 * doing 90 % gets and 10 % puts over 10,000 keys drawn with Zipf exponent 1.1, the virtual clock
 * advancing 1 ms per operation. Setup (building the cluster) is not timed.
 */
public final class MixedWorkload implements Workload<CacheFactory> {

  /** The id both workers know this workload by. */
  public static final String ID = "cache.mixed";

  private static final int NODES = 5;
  private static final int KEYS = 10_000;
  private static final double READ_SHARE = 0.9;
  /** Operations between two looks at the real clock: cheap enough, fine enough. */
  private static final int BATCH = 64;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<CacheFactory> factoryType() {
    return CacheFactory.class;
  }

  @Override
  public Measurement round(CacheFactory factory, long seed, long budgetNanos) {
    SimCluster cluster = new SimCluster(factory, NODES, SimCluster.DEFAULT_REPLICATION_FACTOR,
        HotKeyChecks.MAX_STALENESS_MILLIS);
    CacheClient client = cluster.newClient();
    ZipfKeys keys = new ZipfKeys(KEYS, HotKeyChecks.ZIPF_EXPONENT);
    SplittableRandom random = new SplittableRandom(seed);
    long operations = 0;
    long start = System.nanoTime();
    long elapsed;
    do {
      for (int i = 0; i < BATCH; i++) {
        cluster.clock().advance(1);
        String key = keys.next(random);
        if (random.nextDouble() < READ_SHARE) {
          client.get(key);
        } else {
          client.put(key, "v" + operations);
        }
        operations++;
      }
      elapsed = System.nanoTime() - start;
    } while (elapsed < budgetNanos);
    return new Measurement(operations, elapsed);
  }
}
