package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A stateful scenario over the whole API: requests drawn by a {@link Profile}'s weights, sent
 * through two gateways in turn (any gateway must answer for all), each answer compared with the
 * {@link StoreModel}'s. Buckets, objects, listings and uploads are in {@link ApiRequests},
 * {@link ListRequests} and {@link UploadRequests}.
 */
final class ApiScenario {

  /** Guarantees, worded once: the shrinker tells failures apart by them. */
  static final String OBJECTS = "object requests answer as S3 does (bytes, attributes, errors)";
  static final String RANGES = "a ranged get returns the bytes S3's range rules select";
  static final String CONDITIONS = "conditional requests answer as S3 does";
  static final String LISTINGS = "ListObjectsV2 pages hold the entries S3 lists, in UTF-8 byte"
      + " order, with no gap or repeat across continuation tokens";
  static final String MULTIPART = "multipart uploads follow S3's rules";
  static final String BUCKETS = "bucket requests answer as S3 does";

  /** The kinds of request, in the order of a profile's weights. */
  enum Op {
    PUT, GET, RANGED_GET, CONDITIONAL, HEAD, DELETE, LIST, BUCKET, CREATE_UPLOAD, UPLOAD_PART,
    LIST_PARTS, COMPLETE, ABORT, CLOCK
  }

  /** How often each {@link Op} is drawn. */
  record Profile(int... weights) {
    Profile {
      if (weights.length != Op.values().length) {
        throw new IllegalArgumentException("one weight per Op");
      }
    }
  }

  // Weights in Op order: PUT GET RANGED_GET CONDITIONAL HEAD DELETE LIST BUCKET CREATE_UPLOAD
  // UPLOAD_PART LIST_PARTS COMPLETE ABORT CLOCK.
  static final Profile EVERYTHING = new Profile(16, 8, 5, 5, 3, 6, 8, 3, 4, 8, 2, 5, 2, 3);
  static final Profile LISTING = new Profile(30, 0, 0, 0, 0, 10, 40, 0, 0, 0, 0, 0, 0, 2);
  static final Profile UPLOADS = new Profile(4, 4, 6, 0, 2, 2, 2, 0, 14, 30, 6, 20, 4, 2);
  static final Profile RANGED = new Profile(20, 4, 60, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0);
  static final Profile CONDITIONAL = new Profile(25, 4, 0, 40, 4, 8, 0, 0, 3, 6, 0, 6, 0, 2);

  static final String BUCKET = "bkt-1";

  final Scenario s;
  final SimStore store;
  final StoreModel model = new StoreModel(SimStore.MINIMUM_PART_SIZE);
  private final List<ObjectStore> gateways;
  private final Profile profile;
  private final ApiRequests api;
  private final ListRequests lists;
  private final UploadRequests uploads;

  ApiScenario(ObjectStoreFactory factory, Scenario s, Profile profile) {
    this.s = s;
    this.profile = profile;
    this.store = new SimStore(factory);
    this.gateways = List.of(store.newGateway(), store.newGateway());
    s.note("3 zones x 3 storage nodes, 4 metadata nodes, k + m = 6 + 3, minimum part size "
        + SimStore.MINIMUM_PART_SIZE + " bytes; gateways gw1, gw2");
    s.step("gw1.createBucket(\"" + BUCKET + "\")");
    gateways.get(0).createBucket(BUCKET);
    model.createBucket(BUCKET);
    this.api = new ApiRequests(this);
    this.lists = new ListRequests(this);
    this.uploads = new UploadRequests(this);
  }

  /** Draws and runs one request, comparing it with the model. */
  void step() {
    Op op = s.pickWeighted(Arrays.asList(Op.values()), profile.weights());
    switch (op) {
      case PUT -> api.put();
      case GET -> api.get(false);
      case RANGED_GET -> api.get(true);
      case CONDITIONAL -> api.conditional();
      case HEAD -> api.head();
      case DELETE -> api.delete();
      case LIST -> lists.list();
      case BUCKET -> api.bucket();
      case CREATE_UPLOAD -> uploads.create();
      case UPLOAD_PART -> uploads.uploadPart();
      case LIST_PARTS -> uploads.listParts();
      case COMPLETE -> uploads.complete();
      case ABORT -> uploads.abort();
      case CLOCK -> {
        long ms = s.intBetween(1, 5000);
        store.clock().advance(ms);
        s.clock("clock.advance(" + ms + " ms)");
      }
      default -> throw new IllegalStateException(op.name());
    }
  }

  /** Draws which gateway sends the next request; returns it, and names it in {@code name[0]}. */
  ObjectStore gateway(String[] name) {
    int i = s.intBetween(0, gateways.size() - 1);
    name[0] = "gw" + (i + 1);
    return gateways.get(i);
  }

  /** Logs the call, runs candidate then model, and fails on any difference. */
  void compare(String guarantee, String call, Supplier<String> candidate,
      Supplier<String> expected) {
    s.step(call);
    String observed = Outcome.of(candidate);
    s.observe(observed);
    String wanted = Outcome.of(expected);
    if (!wanted.equals(observed)) {
      throw new GuaranteeViolation(guarantee, wanted, observed);
    }
  }

  /** The bucket most requests go to; sometimes a second one, or one that does not exist. */
  String drawBucket() {
    return s.pickWeighted(List.of(BUCKET, "bkt-2", "no-such-bucket"), 20, 2, 1);
  }

  /** Lists the keys the model holds in the bucket, for drawing existing ones. */
  List<String> keys(String bucket) {
    return model.all().containsKey(bucket) ? model.keys(bucket) : new ArrayList<>();
  }

  /** A key: mostly an existing one once there are some, else a fresh draw. */
  String drawKey(String bucket) {
    List<String> existing = keys(bucket);
    if (!existing.isEmpty() && s.coin(0.5)) {
      return s.pick(existing);
    }
    return Keys.draw(s);
  }
}
