package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.specs.objectstore.CompletedPart;
import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ListRequest;
import dev.gauntlet.specs.objectstore.ObjectData;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreException;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;
import dev.gauntlet.specs.objectstore.ObjectSummary;
import dev.gauntlet.specs.objectstore.PutOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One write cut short at every node request in turn, and what must hold afterwards. */
final class InterruptedWrite {

  static final String GUARANTEE = "a write cut short is fully visible or not at all, and every"
      + " listed object can be read";
  private static final String BUCKET = "atomic";
  private static final String KEY = "report/2026.pdf";
  private static final String OTHER = "report/2025.pdf";

  /** The write that is cut short. */
  enum Write { NEW_KEY, OVERWRITE, MULTIPART_OVERWRITE }

  /** The fault: the node the request goes to fails, or the gateway dies after the request. */
  enum Fault { NODE_FAILS, GATEWAY_DIES }

  private InterruptedWrite() {}

  static int everyPoint(ObjectStoreFactory factory, Write write, Fault fault) {
    for (int point = 0; ; point++) {
      SimStore store = new SimStore(factory);
      ObjectStore setup = store.newGateway();
      setup.createBucket(BUCKET);
      setup.putObject(BUCKET, OTHER, Data.of(500, 9), PutOptions.defaults());
      byte[] before = write == Write.NEW_KEY ? null : Data.of(2000, 1);
      if (before != null) {
        setup.putObject(BUCKET, KEY, before, PutOptions.defaults());
      }
      ObjectStore writer = store.newGateway();
      byte[] after;
      Runnable run;
      if (write == Write.MULTIPART_OVERWRITE) {
        String id = writer.createMultipartUpload(BUCKET, KEY, PutOptions.defaults());
        List<CompletedPart> parts = new ArrayList<>();
        parts.add(new CompletedPart(1, writer.uploadPart(BUCKET, KEY, id, 1, Data.of(700, 2))));
        parts.add(new CompletedPart(2, writer.uploadPart(BUCKET, KEY, id, 2, Data.of(60, 3))));
        byte[] whole = Arrays.copyOf(Data.of(700, 2), 760);
        System.arraycopy(Data.of(60, 3), 0, whole, 700, 60);
        after = whole;
        run = () -> writer.completeMultipartUpload(BUCKET, KEY, id, parts);
      } else {
        after = Data.of(1500, 4);
        run = () -> writer.putObject(BUCKET, KEY, after, PutOptions.defaults());
      }
      NodeRequest[] at = new NodeRequest[1];
      String[] outcome = {"ok"};
      boolean fired = Interleaving.at(store, point, fault == Fault.NODE_FAILS
          ? Interleaving.When.BEFORE : Interleaving.When.AFTER, request -> {
            at[0] = request;
            if (fault == Fault.GATEWAY_DIES) {
              throw new GatewayCrash(request);
            }
            store.fail(request.node());
          }, () -> {
            try {
              run.run();
            } catch (GatewayCrash crash) {
              outcome[0] = "gateway died";
            } catch (ObjectStoreException e) {
              outcome[0] = "error " + e.code().code();
            }
          });
      if (!fired) {
        return point;
      }
      String how = write + ", " + (fault == Fault.NODE_FAILS ? "node failed at" : "gateway died"
          + " after") + " node request #" + (point + 1) + " (" + at[0] + "): the write answered "
          + outcome[0];
      verify(store, before, after, outcome[0].equals("ok"), how);
    }
  }

  private static void verify(SimStore store, byte[] before, byte[] after, boolean succeeded,
      String how) {
    store.metadataNodes().forEach(SimMetadataNode::restore);
    ObjectStore reader = store.newGateway();
    String got = Outcome.of(() -> {
      ObjectData data = reader.getObject(BUCKET, KEY, GetOptions.none());
      return Arrays.equals(data.body(), after) ? "new"
          : before != null && Arrays.equals(data.body(), before) ? "old"
          : "other bytes: " + Show.bytes(data.body());
    });
    String old = before == null ? "error NoSuchKey" : "old";
    if (!(got.equals("new") || (!succeeded && got.equals(old)))) {
      throw new GuaranteeViolation(GUARANTEE, how + "; a get then answers "
          + (succeeded ? "new" : "new or " + old), got);
    }
    for (ObjectSummary listed : reader.listObjectsV2(BUCKET, ListRequest.all()).contents()) {
      String read = Outcome.of(() -> {
        ObjectData data = reader.getObject(BUCKET, listed.key(), GetOptions.none());
        return data.body().length == listed.size() && data.info().etag().equals(listed.etag())
            ? "readable" : "listed " + Show.summary(listed) + " but read " + Show.bytes(
                data.body());
      });
      if (!read.equals("readable")) {
        throw new GuaranteeViolation(GUARANTEE, how + "; listed " + Show.text(listed.key())
            + " reads back as listed", read);
      }
    }
    store.restoreAll();
    byte[] next = Data.of(300, 5);
    String again = Outcome.of(() -> {
      reader.putObject(BUCKET, KEY, next, PutOptions.defaults());
      return Arrays.equals(reader.getObject(BUCKET, KEY, GetOptions.none()).body(), next)
          ? "ok" : "read other bytes";
    });
    if (!again.equals("ok")) {
      throw new GuaranteeViolation(GUARANTEE, how + "; a new put of the key then succeeds",
          again);
    }
  }
}
