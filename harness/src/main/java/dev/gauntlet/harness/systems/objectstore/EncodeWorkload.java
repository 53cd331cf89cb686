package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.check.Measurement;
import dev.gauntlet.harness.check.Workload;
import dev.gauntlet.specs.objectstore.ErasureCoder;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;

/**
 * {@code objectstore.encode}: the erasure coder alone, 6 + 3, encoding stripes of 6 data shards
 * of 64 KiB (384 KiB of data); one operation is one stripe.
 */
public final class EncodeWorkload implements Workload<ObjectStoreFactory> {

  /** The id both workers know this workload by. */
  public static final String ID = "objectstore.encode";
  /** Bytes per data shard. */
  public static final int SHARD = 64 * 1024;
  /** Data shards per stripe. */
  public static final int K = 6;
  /** Parity shards per stripe. */
  public static final int M = 3;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<ObjectStoreFactory> factoryType() {
    return ObjectStoreFactory.class;
  }

  @Override
  public Measurement round(ObjectStoreFactory factory, long seed, long budgetNanos) {
    ErasureCoder coder = factory.newErasureCoder(K, M);
    byte[][] data = ErasureSuite.dataShards(K, SHARD, seed);
    long operations = 0;
    long start = System.nanoTime();
    long elapsed;
    do {
      coder.encode(data);
      operations++;
      elapsed = System.nanoTime() - start;
    } while (elapsed < budgetNanos);
    return new Measurement(operations, elapsed);
  }

  /** Returns megabytes (10^6 bytes) of data encoded per second at {@code stripesPerSecond}. */
  public static double megabytesPerSecond(double stripesPerSecond) {
    return stripesPerSecond * K * SHARD / 1e6;
  }
}
