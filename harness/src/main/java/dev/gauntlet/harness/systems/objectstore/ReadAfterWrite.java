package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.objectstore.CompletedPart;
import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ListPage;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;
import dev.gauntlet.specs.objectstore.PutOptions;
import java.util.ArrayList;
import java.util.List;

/** One scenario of {@code objectstore.consistency.read-after-write}. */
final class ReadAfterWrite {

  private static final String BUCKET = "strong";

  private final Scenario s;
  private final SimStore store;
  private final List<ObjectStore> gateways = new ArrayList<>();
  private final StoreModel model = new StoreModel(SimStore.MINIMUM_PART_SIZE);

  ReadAfterWrite(ObjectStoreFactory factory, Scenario s) {
    this.s = s;
    this.store = new SimStore(factory);
    for (int i = 0; i < 3; i++) {
      gateways.add(store.newGateway());
    }
    s.note("gateways gw1, gw2, gw3 over one store; bucket \"" + BUCKET + "\"");
    gateways.get(0).createBucket(BUCKET);
    model.createBucket(BUCKET);
  }

  void step() {
    int g = s.intBetween(0, 2);
    ObjectStore gw = gateways.get(g);
    String name = "gw" + (g + 1);
    String key = s.pick(ConsistencySuite.KEYS);
    int kind = s.pickWeighted(List.of(0, 1, 2, 3), 6, 2, 2, 3);
    long now = store.clock().millis();
    if (kind == 0) {
      int size = s.pick(List.of(0, 3, 50, 700));
      long seed = s.intBetween(0, 9);
      s.step(name + ".putObject(\"" + BUCKET + "\", " + Show.text(key) + ", "
          + Data.show(size, seed) + ", defaults())");
      byte[] data = Data.of(size, seed);
      gw.putObject(BUCKET, key, data, PutOptions.defaults());
      model.put(BUCKET, key, data, PutOptions.defaults(), now);
    } else if (kind == 1) {
      s.step(name + ".deleteObject(\"" + BUCKET + "\", " + Show.text(key) + ")");
      gw.deleteObject(BUCKET, key);
      model.delete(BUCKET, key);
    } else if (kind == 2) {
      long seed = s.intBetween(0, 9);
      s.step(name + ": multipart upload of " + Show.text(key) + ", parts "
          + Data.show(64, seed) + " and " + Data.show(5, seed) + ", completed");
      String id = gw.createMultipartUpload(BUCKET, key, PutOptions.defaults());
      model.uploads.created(id, BUCKET, key, PutOptions.defaults(), now);
      List<CompletedPart> parts = new ArrayList<>();
      byte[][] data = {Data.of(64, seed), Data.of(5, seed)};
      for (int p = 0; p < 2; p++) {
        parts.add(new CompletedPart(p + 1, gw.uploadPart(BUCKET, key, id, p + 1, data[p])));
        model.uploads.uploadPart(BUCKET, key, id, p + 1, data[p]);
      }
      gw.completeMultipartUpload(BUCKET, key, id, parts);
      model.uploads.complete(BUCKET, key, id, parts);
    } else {
      long ms = s.intBetween(1, 1000);
      store.clock().advance(ms);
      s.clock("clock.advance(" + ms + " ms)");
      return;
    }
    verify(key);
  }

  /** Every gateway reads the key and lists the bucket; each answer must be the model's. */
  private void verify(String key) {
    String wantGet = Outcome.of(() -> Show.data(model.get(BUCKET, key, GetOptions.none())));
    String wantHead = Outcome.of(() -> Show.info(model.head(BUCKET, key, GetOptions.none())));
    String wantList = Show.page(ListRequests.expectedPage(ModelListing.entries(
        model.objects(BUCKET), "", null, null), 1, 1000));
    for (int g = 0; g < gateways.size(); g++) {
      ObjectStore gw = gateways.get(g);
      String who = "gw" + (g + 1);
      String get = Outcome.of(() -> Show.data(gw.getObject(BUCKET, key, GetOptions.none())));
      if (!get.equals(wantGet)) {
        s.step(who + ".getObject(\"" + BUCKET + "\", " + Show.text(key) + ", none())");
        s.observe(get);
        throw ConsistencySuite.stale(who + " get: " + wantGet, get);
      }
      String head = Outcome.of(() -> Show.info(gw.headObject(BUCKET, key, GetOptions.none())));
      if (!head.equals(wantHead)) {
        s.step(who + ".headObject(\"" + BUCKET + "\", " + Show.text(key) + ", none())");
        s.observe(head);
        throw ConsistencySuite.stale(who + " head: " + wantHead, head);
      }
      ListPage[] page = new ListPage[1];
      String list = Outcome.of(() -> {
        page[0] = gw.listObjectsV2(BUCKET, dev.gauntlet.specs.objectstore.ListRequest.all());
        return Show.page(page[0]);
      });
      if (!list.equals(wantList)) {
        s.step(who + ".listObjectsV2(\"" + BUCKET + "\", ListRequest.all())");
        s.observe(list);
        throw ConsistencySuite.stale(who + " list: " + wantList, list);
      }
    }
  }
}
