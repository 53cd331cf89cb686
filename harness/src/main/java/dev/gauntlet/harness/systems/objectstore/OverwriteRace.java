package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.specs.objectstore.ByteRange;
import dev.gauntlet.specs.objectstore.CompletedPart;
import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ListRequest;
import dev.gauntlet.specs.objectstore.ObjectSummary;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;
import dev.gauntlet.specs.objectstore.PutOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Readers and one overwrite interleaved at every node request, both ways round. The object is
 * 3000 bytes (500-byte shards); the new version is another 3000 bytes, 1000 bytes, a multipart
 * object, or a delete.
 */
final class OverwriteRace {

  static final String GUARANTEE = "a reader during an overwrite sees the whole old or the whole"
      + " new object, never a mix, a gap or an error";
  private static final String BUCKET = "race";
  private static final String KEY = "doc/\u00e9t\u00e9";

  /** The write in flight. */
  enum Write { SAME_SIZE, OTHER_SIZE, MULTIPART, DELETE }

  private record Setup(SimStore store, ObjectStore writer, ObjectStore reader, Runnable write,
      byte[] before, byte[] after, String afterEtag) {

    /** Names the version an ETag belongs to. */
    String version(String etag) {
      return etag.equals(Md5s.hex(before)) ? "old" : etag.equals(afterEtag) ? "new"
          : "etag " + etag;
    }
  }

  private OverwriteRace() {}

  private static Setup setup(ObjectStoreFactory factory, Write write) {
    SimStore store = new SimStore(factory);
    ObjectStore writer = store.newGateway();
    ObjectStore reader = store.newGateway();
    writer.createBucket(BUCKET);
    byte[] before = Data.of(3000, 1);
    writer.putObject(BUCKET, KEY, before, PutOptions.defaults());
    byte[] after = switch (write) {
      case SAME_SIZE -> Data.of(3000, 2);
      case OTHER_SIZE -> Data.of(1000, 3);
      case MULTIPART -> concat(Data.of(100, 4), Data.of(30, 5));
      case DELETE -> null;
    };
    Runnable run = switch (write) {
      case SAME_SIZE, OTHER_SIZE -> () -> writer.putObject(BUCKET, KEY, after,
          PutOptions.defaults());
      case DELETE -> () -> writer.deleteObject(BUCKET, KEY);
      case MULTIPART -> {
        String id = writer.createMultipartUpload(BUCKET, KEY, PutOptions.defaults());
        List<CompletedPart> parts = new ArrayList<>();
        parts.add(new CompletedPart(1, writer.uploadPart(BUCKET, KEY, id, 1, Data.of(100, 4))));
        parts.add(new CompletedPart(2, writer.uploadPart(BUCKET, KEY, id, 2, Data.of(30, 5))));
        yield () -> writer.completeMultipartUpload(BUCKET, KEY, id, parts);
      }
    };
    String afterEtag = after == null ? null : write == Write.MULTIPART
        ? Md5s.multipart(List.of(Md5s.hex(Data.of(100, 4)), Md5s.hex(Data.of(30, 5))))
        : Md5s.hex(after);
    return new Setup(store, writer, reader, run, before, after, afterEtag);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Runs the readers before each node request of the write; returns the points tried. */
  static int readersInsideWrite(ObjectStoreFactory factory, Write write) {
    for (int point = 0; ; point++) {
      Setup run = setup(factory, write);
      List<String> seen = new ArrayList<>();
      String when = "before node request #" + (point + 1) + " of the " + write;
      boolean fired = Interleaving.at(run.store(), point, Interleaving.When.BEFORE,
          request -> read(run, write, when, seen),
          run.write());
      if (!fired) {
        return point;
      }
    }
  }

  /** Runs the whole write before each node request of a get; returns the points tried. */
  static int writeInsideReader(ObjectStoreFactory factory, Write write) {
    for (int point = 0; ; point++) {
      Setup run = setup(factory, write);
      String[] got = new String[1];
      String when = "the " + write + " ran whole before node request #" + (point + 1)
          + " of a get";
      boolean fired = Interleaving.at(run.store(), point, Interleaving.When.BEFORE,
          request -> run.write().run(), () -> got[0] = Outcome.of(() -> body(run.reader()
              .getObject(BUCKET, KEY, GetOptions.none()).body(), run)));
      check(write, when, "get", got[0]);
      if (!fired) {
        return point;
      }
    }
  }

  private static void read(Setup run, Write write, String when, List<String> seen) {
    ObjectStore r = run.reader();
    String get = Outcome.of(() -> body(r.getObject(BUCKET, KEY, GetOptions.none()).body(), run));
    check(write, when, "get", get);
    String ranged = Outcome.of(() -> {
      byte[] part = r.getObject(BUCKET, KEY, GetOptions.none().withRange(
          ByteRange.closed(400, 1200))).body();
      return slice(part, run.before(), 400, 1200) ? "old"
          : run.after() != null && slice(part, run.after(), 400, 1200) ? "new"
          : "mixed " + Show.bytes(part);
    });
    if (ranged.equals("error InvalidRange") && run.after() != null && run.after().length <= 400) {
      ranged = "new";
    }
    check(write, when, "ranged get bytes=400-1200", ranged);
    String head = Outcome.of(() -> run.version(r.headObject(BUCKET, KEY, GetOptions.none())
        .etag()));
    check(write, when, "head", head);
    List<ObjectSummary> listed = r.listObjectsV2(BUCKET, ListRequest.all()).contents();
    String list = listed.isEmpty() ? "error NoSuchKey" : listed.size() != 1 ? "listed " + listed
        : run.version(listed.get(0).etag());
    check(write, when, "list", list);
    seen.addAll(List.of(get, ranged, head, list));
    if (seen.stream().distinct().count() > 1) {
      throw new GuaranteeViolation(GUARANTEE, "get, ranged get, head and list " + when
          + " agree", "get " + get + ", ranged get " + ranged + ", head " + head + ", list "
          + list);
    }
  }

  private static boolean slice(byte[] part, byte[] whole, int from, int to) {
    int end = Math.min(to, whole.length - 1);
    return from < whole.length
        && Arrays.equals(part, Arrays.copyOfRange(whole, from, end + 1));
  }

  private static String body(byte[] body, Setup run) {
    if (Arrays.equals(body, run.before())) {
      return "old";
    }
    return run.after() != null && Arrays.equals(body, run.after()) ? "new"
        : "mixed " + Show.bytes(body);
  }

  private static void check(Write write, String when, String what, String got) {
    Set<String> allowed = write == Write.DELETE ? Set.of("error NoSuchKey", "old")
        : Set.of("new", "old");
    if (!allowed.contains(got)) {
      throw new GuaranteeViolation(GUARANTEE, what + " " + when + ": "
          + String.join(" or ", allowed.stream().sorted().toList()), got);
    }
  }
}
