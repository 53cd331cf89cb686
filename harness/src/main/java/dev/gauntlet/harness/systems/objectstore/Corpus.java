package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.specs.objectstore.CompletedPart;
import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreException;
import dev.gauntlet.specs.objectstore.PutOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of objects the durability checks write once and read back: empty, shorter than k, around
 * k, larger ones, and a multipart object. It remembers each object's bytes and the blobs its
 * write put on each node (the harness sees every request), so that a check can damage exactly
 * the shards of one object.
 */
final class Corpus {

  static final String BUCKET = "durable";
  private static final int[] SIZES = {0, 1, 5, 6, 7, 100, 1000, 65_539};

  /** One blob: a node id and a blob id. */
  record Blob(String node, String id) {}

  final SimStore store;
  final Map<String, byte[]> objects = new LinkedHashMap<>();
  final Map<String, List<Blob>> blobs = new LinkedHashMap<>();

  Corpus(SimStore store, long seed) {
    this.store = store;
    ObjectStore gateway = store.newGateway();
    gateway.createBucket(BUCKET);
    for (int size : SIZES) {
      byte[] data = Data.of(size, seed + size);
      record("obj/" + size, data, () -> gateway.putObject(BUCKET, "obj/" + size, data,
          PutOptions.defaults()));
    }
    byte[][] parts = {Data.of(100, seed), Data.of(64, seed + 1), Data.of(9, seed + 2)};
    String key = "multi/3-parts";
    byte[] whole = new byte[173];
    System.arraycopy(parts[0], 0, whole, 0, 100);
    System.arraycopy(parts[1], 0, whole, 100, 64);
    System.arraycopy(parts[2], 0, whole, 164, 9);
    record(key, whole, () -> {
      String id = gateway.createMultipartUpload(BUCKET, key, PutOptions.defaults());
      List<CompletedPart> named = new ArrayList<>();
      for (int i = 0; i < parts.length; i++) {
        named.add(new CompletedPart(i + 1, gateway.uploadPart(BUCKET, key, id, i + 1, parts[i])));
      }
      gateway.completeMultipartUpload(BUCKET, key, id, named);
    });
  }

  private void record(String key, byte[] data, Runnable write) {
    List<Blob> written = new ArrayList<>();
    store.hook(new RequestHook() {
      @Override
      public void after(NodeRequest request) {
        if (request.operation().equals("put") && request.node().startsWith("s")) {
          written.add(new Blob(request.node(), request.key()));
        }
      }
    });
    try {
      write.run();
    } finally {
      store.hook(null);
    }
    objects.put(key, data);
    blobs.put(key, written.stream().filter(b -> store.storageNode(b.node()).blobIds()
        .contains(b.id())).distinct().toList());
  }

  /** Returns the bytes the corpus holds in all, its logical size. */
  long logicalBytes() {
    return objects.values().stream().mapToLong(d -> d.length).sum();
  }

  /**
   * Reads every object through a new gateway and returns the first that does not come back
   * byte for byte, described; null if all do. An ObjectStoreException counts as a mismatch
   * unless {@code errorsAllowed}, and then only a 5xx one is allowed.
   */
  String firstMismatch(boolean errorsAllowed) {
    ObjectStore gateway = store.newGateway();
    for (Map.Entry<String, byte[]> e : objects.entrySet()) {
      String got;
      try {
        byte[] body = gateway.getObject(BUCKET, e.getKey(), GetOptions.none()).body();
        if (Arrays.equals(body, e.getValue())) {
          continue;
        }
        got = Show.bytes(body);
      } catch (ObjectStoreException x) {
        if (errorsAllowed && x.httpStatus() >= 500) {
          continue;
        }
        got = "error " + x.code().code();
      } catch (UnsupportedOperationException x) {
        throw x;
      } catch (RuntimeException x) {
        got = "threw " + x;
      }
      return Show.text(e.getKey()) + ": expected " + Show.bytes(e.getValue()) + ", got " + got;
    }
    return null;
  }
}
