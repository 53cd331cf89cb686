package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.check.Measurement;
import dev.gauntlet.harness.check.Workload;
import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;
import dev.gauntlet.specs.objectstore.PutOptions;

/**
 * {@code objectstore.put-1mib} and {@code objectstore.get-1mib}: one gateway of the default
 * store (6 + 3 over 9 nodes) puts 1 MiB objects over 4 keys, or gets them back; one operation is
 * one MiB, so ops/s is MiB/s. Building the store and the bytes, and for gets writing the 4
 * objects first, is not timed.
 */
public final class LargeObjectWorkload implements Workload<ObjectStoreFactory> {

  /** The id of the put workload. */
  public static final String PUT_ID = "objectstore.put-1mib";
  /** The id of the get workload. */
  public static final String GET_ID = "objectstore.get-1mib";
  /** The object size: 1 MiB. */
  public static final int SIZE = 1 << 20;
  private static final int KEYS = 4;

  private final boolean puts;

  /** Creates the put workload ({@code true}) or the get workload. */
  public LargeObjectWorkload(boolean puts) {
    this.puts = puts;
  }

  @Override
  public String id() {
    return puts ? PUT_ID : GET_ID;
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
    byte[][] objects = new byte[KEYS][];
    for (int i = 0; i < KEYS; i++) {
      objects[i] = Data.of(SIZE, seed + i);
      if (!puts) {
        gateway.putObject("large", "blob-" + i, objects[i], PutOptions.defaults());
      }
    }
    long operations = 0;
    long start = System.nanoTime();
    long elapsed;
    do {
      int i = (int) (operations % KEYS);
      if (puts) {
        gateway.putObject("large", "blob-" + i, objects[i], PutOptions.defaults());
      } else if (gateway.getObject("large", "blob-" + i, GetOptions.none()).body().length
          != SIZE) {
        throw new IllegalStateException("a 1 MiB object read back at another size");
      }
      operations++;
      elapsed = System.nanoTime() - start;
    } while (elapsed < budgetNanos);
    return new Measurement(operations, elapsed);
  }
}
