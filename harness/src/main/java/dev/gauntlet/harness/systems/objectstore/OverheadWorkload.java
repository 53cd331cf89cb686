package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.specs.objectstore.CompletedPart;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.PutOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The writes the overhead check measures after: puts, overwrites and deletes of 12 keys with
 * objects of 16 to 200 KiB, multipart uploads of 3 parts of 20 KiB (some completed naming only
 * two of them, some aborted), all through two gateways, no faults.
 */
final class OverheadWorkload {

  static final String BUCKET = "sized";
  private static final int KEYS = 12;
  private static final int OPERATIONS = 60;

  private OverheadWorkload() {}

  /** Runs the writes; returns the live objects' bytes. */
  static long run(SimStore store, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<ObjectStore> gateways = List.of(store.newGateway(), store.newGateway());
    gateways.get(0).createBucket(BUCKET);
    long[] sizes = new long[KEYS];
    for (int i = 0; i < OPERATIONS; i++) {
      ObjectStore gw = gateways.get(random.nextInt(2));
      int k = random.nextInt(KEYS);
      String key = "key-" + k;
      int kind = random.nextInt(10);
      if (kind < 6) {
        int size = 16 * 1024 + random.nextInt(184 * 1024);
        gw.putObject(BUCKET, key, Data.of(size, random.nextLong()), PutOptions.defaults());
        sizes[k] = size;
      } else if (kind < 8) {
        gw.deleteObject(BUCKET, key);
        sizes[k] = 0;
      } else {
        String id = gw.createMultipartUpload(BUCKET, key, PutOptions.defaults());
        List<CompletedPart> parts = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
          parts.add(new CompletedPart(p, gw.uploadPart(BUCKET, key, id, p,
              Data.of(20 * 1024, random.nextLong()))));
        }
        if (kind == 8) {
          parts.remove(1);
          gw.completeMultipartUpload(BUCKET, key, id, parts);
          sizes[k] = 2 * 20 * 1024;
        } else {
          gw.abortMultipartUpload(BUCKET, key, id);
        }
      }
    }
    for (int k = 0; k < KEYS; k++) {
      if (sizes[k] == 0) {
        sizes[k] = 32 * 1024;
        gateways.get(0).putObject(BUCKET, "key-" + k, Data.of(32 * 1024, k),
            PutOptions.defaults());
      }
    }
    long logical = 0;
    for (long size : sizes) {
      logical += size;
    }
    return logical;
  }
}
