package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.check.Measurement;
import dev.gauntlet.harness.check.Workload;
import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ListRequest;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreException;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;
import dev.gauntlet.specs.objectstore.PutOptions;
import java.util.SplittableRandom;

/**
 * {@code objectstore.small}: one gateway of the default store does 30% puts of 1 KiB objects,
 * 40% gets, 15% heads, 10% listings of 10 keys under a prefix and 5% deletes, over 500 keys in
 * 10 prefixes. Ops/s of whole requests.
 */
public final class SmallObjectWorkload implements Workload<ObjectStoreFactory> {

  /** The id both workers know this workload by. */
  public static final String ID = "objectstore.small";
  private static final int KEYS = 500;
  private static final int BATCH = 32;

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
    SimStore store = new SimStore(factory);
    ObjectStore gateway = store.newGateway();
    gateway.createBucket("small");
    byte[][] values = new byte[16][];
    for (int i = 0; i < values.length; i++) {
      values[i] = Data.of(1024, seed + i);
    }
    for (int i = 0; i < KEYS; i += 2) {
      gateway.putObject("small", key(i), values[i % values.length], PutOptions.defaults());
    }
    SplittableRandom random = new SplittableRandom(seed);
    long operations = 0;
    long start = System.nanoTime();
    long elapsed;
    do {
      for (int b = 0; b < BATCH; b++) {
        int i = random.nextInt(KEYS);
        int kind = random.nextInt(100);
        try {
          if (kind < 30) {
            gateway.putObject("small", key(i), values[i % values.length], PutOptions.defaults());
          } else if (kind < 70) {
            gateway.getObject("small", key(i), GetOptions.none());
          } else if (kind < 85) {
            gateway.headObject("small", key(i), GetOptions.none());
          } else if (kind < 95) {
            gateway.listObjectsV2("small", ListRequest.all().withPrefix("p" + i % 10 + "/")
                .withMaxKeys(10));
          } else {
            gateway.deleteObject("small", key(i));
          }
        } catch (ObjectStoreException e) {
          // NoSuchKey for a key deleted or never written: part of the workload.
        }
        operations++;
      }
      elapsed = System.nanoTime() - start;
    } while (elapsed < budgetNanos);
    return new Measurement(operations, elapsed);
  }

  private static String key(int i) {
    return "p" + i % 10 + "/object-" + i;
  }
}
