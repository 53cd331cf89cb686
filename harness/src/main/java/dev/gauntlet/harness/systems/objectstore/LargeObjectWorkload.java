package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.check.Measurement;
import dev.gauntlet.harness.check.Workload;
import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;
import dev.gauntlet.specs.objectstore.PutOptions;

/**
 * {@code objectstore.large}: one gateway of the default store (6 + 3 over 9 nodes) puts a 1 MiB
 * object over one of 4 keys, then gets it back, again and again; one operation is one MiB put
 * or got, so ops/s is MiB/s. Building the store and the bytes is not timed.
 */
public final class LargeObjectWorkload implements Workload<ObjectStoreFactory> {

  /** The id both workers know this workload by. */
  public static final String ID = "objectstore.large";
  /** The object size: 1 MiB. */
  public static final int SIZE = 1 << 20;

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
    gateway.createBucket("large");
    byte[][] objects = new byte[4][];
    for (int i = 0; i < objects.length; i++) {
      objects[i] = Data.of(SIZE, seed + i);
    }
    long operations = 0;
    long start = System.nanoTime();
    long elapsed;
    do {
      int i = (int) (operations / 2 % objects.length);
      String key = "blob-" + i;
      gateway.putObject("large", key, objects[i], PutOptions.defaults());
      if (gateway.getObject("large", key, GetOptions.none()).body().length != SIZE) {
        throw new IllegalStateException("a 1 MiB object read back at another size");
      }
      operations += 2;
      elapsed = System.nanoTime() - start;
    } while (elapsed < budgetNanos);
    return new Measurement(operations, elapsed);
  }
}
