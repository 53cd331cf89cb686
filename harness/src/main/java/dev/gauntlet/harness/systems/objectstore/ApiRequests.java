package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.engine.Scenario;
import dev.gauntlet.specs.objectstore.ByteRange;
import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.PutOptions;
import java.util.List;
import java.util.Map;

/** The bucket and single-object requests of an {@link ApiScenario}. */
final class ApiRequests {

  /** Lengths around k = 6 (padding), around the minimum part size, and a few larger. */
  static final List<Integer> LENGTHS = List.of(0, 1, 5, 6, 7, 13, 64, 200, 1000, 4099);
  private static final String WRONG_ETAG = "00000000000000000000000000000000";

  private final ApiScenario api;
  private final Scenario s;

  ApiRequests(ApiScenario api) {
    this.api = api;
    this.s = api.s;
  }

  void put() {
    String bucket = api.drawBucket();
    String key = s.coin(0.03) ? s.pick(List.of("", "k".repeat(1025))) : api.drawKey(bucket);
    int length = s.pick(LENGTHS);
    long seed = s.intBetween(0, 9);
    byte[] data = Data.of(length, seed);
    PutOptions options = PutOptions.defaults();
    String shown = "";
    if (s.coin(0.2)) {
      options = options.withContentType("text/plain");
      shown += ".withContentType(\"text/plain\")";
    }
    if (s.coin(0.2)) {
      options = options.withUserMetadata(Map.of("owner", "\u00e9va"));
      shown += ".withUserMetadata({owner=\u00e9va})";
    }
    options = condition(bucket, key, options);
    shown += options.ifNoneMatchAny() ? ".withIfNoneMatchAny()" : "";
    shown += options.ifMatch() == null ? "" : ".withIfMatch(\"" + options.ifMatch() + "\")";
    String[] gw = new String[1];
    ObjectStore gateway = api.gateway(gw);
    PutOptions o = options;
    long now = api.store.clock().millis();
    api.compare(o.ifMatch() != null || o.ifNoneMatchAny() ? ApiScenario.CONDITIONS
            : ApiScenario.OBJECTS,
        gw[0] + ".putObject(" + Show.text(bucket) + ", " + Show.text(key) + ", "
            + Data.show(length, seed) + ", defaults()" + shown + ")",
        () -> Show.info(gateway.putObject(bucket, key, data, o)),
        () -> Show.info(api.model.put(bucket, key, data, o, now)));
  }

  /** Adds a drawn condition: mostly none, else If-None-Match: * or If-Match right or wrong. */
  PutOptions condition(String bucket, String key, PutOptions options) {
    int kind = s.pickWeighted(List.of(0, 1, 2, 3), 14, 2, 3, 1);
    return switch (kind) {
      case 1 -> options.withIfNoneMatchAny();
      case 2 -> options.withIfMatch(currentEtag(bucket, key));
      case 3 -> options.withIfMatch(WRONG_ETAG);
      default -> options;
    };
  }

  String currentEtag(String bucket, String key) {
    var objects = api.model.all().get(bucket);
    var stored = objects == null ? null : objects.get(key);
    return stored == null ? WRONG_ETAG : stored.info().etag();
  }

  void get(boolean ranged) {
    String bucket = api.drawBucket();
    String key = api.drawKey(bucket);
    GetOptions options = GetOptions.none();
    if (ranged) {
      options = options.withRange(range(bucket, key));
    }
    send(bucket, key, options, ranged ? ApiScenario.RANGES : ApiScenario.OBJECTS);
  }

  private ByteRange range(String bucket, String key) {
    var objects = api.model.all().get(bucket);
    var stored = objects == null ? null : objects.get(key);
    int size = stored == null ? 8 : stored.data().length;
    int kind = s.intBetween(0, 2);
    long a = s.intBetween(0, size + 2);
    long b = s.intBetween(0, size + 2);
    return switch (kind) {
      case 0 -> ByteRange.closed(Math.min(a, b), Math.max(a, b));
      case 1 -> ByteRange.from(a);
      default -> ByteRange.suffix(b);
    };
  }

  void conditional() {
    String bucket = ApiScenario.BUCKET;
    String key = api.drawKey(bucket);
    if (s.coin(0.4)) {
      int length = s.pick(LENGTHS);
      long seed = s.intBetween(0, 9);
      byte[] data = Data.of(length, seed);
      PutOptions options = s.coin(0.5) ? PutOptions.defaults().withIfNoneMatchAny()
          : PutOptions.defaults().withIfMatch(s.coin(0.7) ? currentEtag(bucket, key)
              : WRONG_ETAG);
      String[] gw = new String[1];
      ObjectStore gateway = api.gateway(gw);
      long now = api.store.clock().millis();
      api.compare(ApiScenario.CONDITIONS, gw[0] + ".putObject(" + Show.text(bucket) + ", "
              + Show.text(key) + ", " + Data.show(length, seed) + ", " + show(options) + ")",
          () -> Show.info(gateway.putObject(bucket, key, data, options)),
          () -> Show.info(api.model.put(bucket, key, data, options, now)));
      return;
    }
    String etag = s.coin(0.7) ? currentEtag(bucket, key) : s.coin(0.5) ? "*" : WRONG_ETAG;
    GetOptions options = s.coin(0.5) ? GetOptions.none().withIfMatch(etag.equals("*")
        ? WRONG_ETAG : etag) : GetOptions.none().withIfNoneMatch(etag);
    if (s.coin(0.5)) {
      send(bucket, key, options, ApiScenario.CONDITIONS);
    } else {
      head(bucket, key, options, ApiScenario.CONDITIONS);
    }
  }

  private static String show(PutOptions o) {
    return "defaults()" + (o.ifNoneMatchAny() ? ".withIfNoneMatchAny()" : "")
        + (o.ifMatch() == null ? "" : ".withIfMatch(\"" + o.ifMatch() + "\")");
  }

  private void send(String bucket, String key, GetOptions options, String guarantee) {
    String[] gw = new String[1];
    ObjectStore gateway = api.gateway(gw);
    api.compare(guarantee, gw[0] + ".getObject(" + Show.text(bucket) + ", " + Show.text(key)
            + ", " + show(options) + ")",
        () -> Show.data(gateway.getObject(bucket, key, options)),
        () -> Show.data(api.model.get(bucket, key, options)));
  }

  static String show(GetOptions o) {
    return "none()" + (o.range() == null ? "" : ".withRange(" + o.range() + ")")
        + (o.ifMatch() == null ? "" : ".withIfMatch(\"" + o.ifMatch() + "\")")
        + (o.ifNoneMatch() == null ? "" : ".withIfNoneMatch(\"" + o.ifNoneMatch() + "\")");
  }

  void head() {
    String bucket = api.drawBucket();
    head(bucket, api.drawKey(bucket), GetOptions.none(), ApiScenario.OBJECTS);
  }

  private void head(String bucket, String key, GetOptions options, String guarantee) {
    String[] gw = new String[1];
    ObjectStore gateway = api.gateway(gw);
    api.compare(guarantee, gw[0] + ".headObject(" + Show.text(bucket) + ", " + Show.text(key)
            + ", " + show(options) + ")",
        () -> Show.info(gateway.headObject(bucket, key, options)),
        () -> Show.info(api.model.head(bucket, key, options)));
  }

  void delete() {
    String bucket = api.drawBucket();
    String key = api.drawKey(bucket);
    String[] gw = new String[1];
    ObjectStore gateway = api.gateway(gw);
    api.compare(ApiScenario.OBJECTS, gw[0] + ".deleteObject(" + Show.text(bucket) + ", "
            + Show.text(key) + ")",
        () -> Outcome.of(() -> gateway.deleteObject(bucket, key)),
        () -> Outcome.of(() -> api.model.delete(bucket, key)));
  }

  void bucket() {
    String[] gw = new String[1];
    ObjectStore gateway = api.gateway(gw);
    int kind = s.intBetween(0, 2);
    if (kind == 2) {
      api.compare(ApiScenario.BUCKETS, gw[0] + ".listBuckets()",
          () -> gateway.listBuckets().toString(), () -> api.model.listBuckets().toString());
      return;
    }
    String bucket = s.pickWeighted(List.of("bkt-2", ApiScenario.BUCKET, "no-such-bucket",
        "Bad_Name", "ab"), 6, 3, 1, 1, 1);
    if (kind == 0) {
      api.compare(ApiScenario.BUCKETS, gw[0] + ".createBucket(" + Show.text(bucket) + ")",
          () -> Outcome.of(() -> gateway.createBucket(bucket)),
          () -> Outcome.of(() -> api.model.createBucket(bucket)));
    } else {
      api.compare(ApiScenario.BUCKETS, gw[0] + ".deleteBucket(" + Show.text(bucket) + ")",
          () -> Outcome.of(() -> gateway.deleteBucket(bucket)),
          () -> Outcome.of(() -> api.model.deleteBucket(bucket)));
    }
  }
}
