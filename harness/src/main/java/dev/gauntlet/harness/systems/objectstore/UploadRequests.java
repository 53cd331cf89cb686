package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.objectstore.CompletedPart;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.PutOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Multipart requests of an {@link ApiScenario}. Upload ids are the candidate's; the scenario
 * names them {@code upload#1, upload#2, ...} in the order they were created, and keeps them
 * after completion or abort, so that later requests to them must answer NoSuchUpload.
 */
final class UploadRequests {

  /** Part sizes around the minimum part size (64 bytes in the checks). */
  private static final List<Integer> PART_SIZES = List.of(0, 10, 63, 64, 65, 100, 300);

  private record Known(String id, String bucket, String key) {}

  private final ApiScenario api;
  private final Scenario s;
  private final List<Known> known = new ArrayList<>();

  UploadRequests(ApiScenario api) {
    this.api = api;
    this.s = api.s;
  }

  void create() {
    String bucket = api.drawBucket();
    String key = api.drawKey(bucket);
    PutOptions options = PutOptions.defaults();
    if (s.coin(0.3)) {
      options = options.withContentType("video/mp4").withUserMetadata(Map.of("part", "1"));
    }
    if (s.coin(0.15)) {
      options = options.withIfNoneMatchAny();
    }
    String[] gw = new String[1];
    ObjectStore gateway = api.gateway(gw);
    PutOptions o = options;
    String call = gw[0] + ".createMultipartUpload(" + Show.text(bucket) + ", " + Show.text(key)
        + ", defaults()" + (o.contentType() == null ? "" : ".withContentType(\"video/mp4\")")
        + (o.ifNoneMatchAny() ? ".withIfNoneMatchAny()" : "") + ")";
    String[] id = new String[1];
    api.compare(ApiScenario.MULTIPART, call, () -> {
      id[0] = gateway.createMultipartUpload(bucket, key, o);
      if (id[0] == null || known.stream().anyMatch(k -> k.id().equals(id[0]))) {
        throw new GuaranteeViolation(ApiScenario.MULTIPART, "a new upload id", id[0]);
      }
      return "upload#" + (known.size() + 1);
    }, () -> {
      api.model.uploads.checkCreate(bucket, key, o);
      return "upload#" + (known.size() + 1);
    });
    if (id[0] != null) {
      api.model.uploads.created(id[0], bucket, key, o, api.store.clock().millis());
      known.add(new Known(id[0], bucket, key));
    }
  }

  private int pickUpload() {
    return known.isEmpty() ? -1 : s.intBetween(0, known.size() - 1);
  }

  private String name(int i) {
    return "upload#" + (i + 1);
  }

  void uploadPart() {
    int i = pickUpload();
    if (i < 0) {
      create();
      return;
    }
    Known upload = known.get(i);
    String key = s.coin(0.05) ? upload.key() + "x" : upload.key();
    int partNumber = s.pickWeighted(List.of(1, 2, 3, 4, 0, 10_001, 10_000), 20, 20, 15, 10, 1, 1,
        1);
    int size = s.pick(PART_SIZES);
    long seed = s.intBetween(0, 9);
    byte[] data = Data.of(size, seed);
    String[] gw = new String[1];
    ObjectStore gateway = api.gateway(gw);
    api.compare(ApiScenario.MULTIPART, gw[0] + ".uploadPart(" + Show.text(upload.bucket()) + ", "
            + Show.text(key) + ", " + name(i) + ", " + partNumber + ", " + Data.show(size, seed)
            + ")",
        () -> gateway.uploadPart(upload.bucket(), key, upload.id(), partNumber, data),
        () -> api.model.uploads.uploadPart(upload.bucket(), key, upload.id(), partNumber, data));
  }

  void listParts() {
    int i = pickUpload();
    if (i < 0) {
      return;
    }
    Known upload = known.get(i);
    String[] gw = new String[1];
    ObjectStore gateway = api.gateway(gw);
    api.compare(ApiScenario.MULTIPART, gw[0] + ".listParts(" + Show.text(upload.bucket()) + ", "
            + Show.text(upload.key()) + ", " + name(i) + ")",
        () -> gateway.listParts(upload.bucket(), upload.key(), upload.id()).toString(),
        () -> api.model.uploads.listParts(upload.bucket(), upload.key(), upload.id())
            .toString());
  }

  void complete() {
    int i = pickUpload();
    if (i < 0) {
      return;
    }
    Known upload = known.get(i);
    List<CompletedPart> parts = new ArrayList<>();
    api.model.uploads.parts(upload.id()).forEach((n, e) -> parts.add(new CompletedPart(n, e)));
    int change = s.pickWeighted(List.of(0, 1, 2, 3, 4, 5), 12, 3, 2, 2, 1, 1);
    if (change == 1 && parts.size() > 1) {
      parts.remove(s.intBetween(0, parts.size() - 1)); // gaps are allowed
    } else if (change == 2 && parts.size() > 1) {
      Collections.swap(parts, 0, parts.size() - 1);
    } else if (change == 3 && !parts.isEmpty()) {
      int at = s.intBetween(0, parts.size() - 1);
      parts.set(at, new CompletedPart(parts.get(at).partNumber(), Md5s.hex(new byte[] {1})));
    } else if (change == 4) {
      parts.add(new CompletedPart(9_999, Md5s.hex(new byte[0])));
    } else if (change == 5) {
      parts.clear();
    }
    String[] gw = new String[1];
    ObjectStore gateway = api.gateway(gw);
    api.compare(ApiScenario.MULTIPART, gw[0] + ".completeMultipartUpload("
            + Show.text(upload.bucket()) + ", " + Show.text(upload.key()) + ", " + name(i) + ", "
            + parts + ")",
        () -> Show.info(gateway.completeMultipartUpload(upload.bucket(), upload.key(),
            upload.id(), parts)),
        () -> Show.info(api.model.uploads.complete(upload.bucket(), upload.key(), upload.id(),
            parts)));
  }

  void abort() {
    int i = pickUpload();
    if (i < 0) {
      return;
    }
    Known upload = known.get(i);
    String[] gw = new String[1];
    ObjectStore gateway = api.gateway(gw);
    api.compare(ApiScenario.MULTIPART, gw[0] + ".abortMultipartUpload("
            + Show.text(upload.bucket()) + ", " + Show.text(upload.key()) + ", " + name(i) + ")",
        () -> Outcome.of(() -> gateway.abortMultipartUpload(upload.bucket(), upload.key(),
            upload.id())),
        () -> Outcome.of(() -> api.model.uploads.abort(upload.bucket(), upload.key(),
            upload.id())));
  }
}
