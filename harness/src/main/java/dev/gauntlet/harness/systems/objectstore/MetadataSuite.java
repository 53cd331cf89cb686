package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.specs.objectstore.GetOptions;
import dev.gauntlet.specs.objectstore.ListRequest;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreException;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;
import dev.gauntlet.specs.objectstore.PutOptions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sharded metadata: keys spread over the metadata nodes, and one node down makes only its own
 * keys unavailable, with ServiceUnavailable.
 */
@CheckSuite(system = "objectstore", name = "metadata", order = 7)
public class MetadataSuite {

  private static final int KEYS = 400;

  /**
   * 2000 empty objects, 1800 in one bucket and 200 in another, over 4 metadata nodes: the node
   * with the most entries holds at most {@code maxOverMean} (1.25) times the mean. Hashing
   * bucket/key to a node gives about 1.05 (a binomial spread: 500 ± 19 per node); sharding by
   * bucket puts a bucket on one node (3.6 here), no sharding 4.0.
   */
  @Check(id = "objectstore.metadata.balance", title = "Keys spread evenly over the metadata"
      + " nodes, also within one bucket", points = 4, category = Category.CORRECTNESS)
  void balance(CheckContext ctx) {
    double bound = ctx.setting("maxOverMean", 1.25);
    SimStore store = new SimStore(ctx.factory(ObjectStoreFactory.class));
    ObjectStore gateway = store.newGateway();
    gateway.createBucket("bkt-a");
    gateway.createBucket("bkt-b");
    int[] before = store.metadataNodes().stream().mapToInt(SimMetadataNode::size).toArray();
    for (int i = 0; i < 2000; i++) {
      gateway.putObject(i < 1800 ? "bkt-a" : "bkt-b", "photos/" + i + ".jpg", new byte[0],
          PutOptions.defaults());
    }
    List<SimMetadataNode> nodes = store.metadataNodes();
    int[] added = new int[nodes.size()];
    for (int i = 0; i < added.length; i++) {
      added[i] = nodes.get(i).size() - before[i];
    }
    double mean = Arrays.stream(added).average().orElse(0);
    double ratio = mean == 0 ? Double.POSITIVE_INFINITY : Arrays.stream(added).max().orElse(0)
        / mean;
    ctx.metric("max-over-mean", ratio, "ratio");
    ctx.metric("bound", bound, "ratio");
    if (ratio > bound) {
      throw new GuaranteeViolation("keys spread over the metadata nodes: the busiest holds at"
          + " most " + bound + " times the mean", String.format(Locale.ROOT, "max/mean <= %.2f",
          bound), String.format(Locale.ROOT, "%.2f (entries added per node: %s)", ratio,
          Arrays.toString(added)));
    }
  }

  static final String NODE_LOSS = "with one metadata node down only the keys it holds fail, and"
      + " with ServiceUnavailable";

  /**
   * 400 objects; each metadata node goes down in turn. Every get must return the exact bytes or
   * ServiceUnavailable (never NoSuchKey or other bytes); at most {@code maxOverMean}/N of the keys
   * may fail, a node's share with room for chance (1.5: 150 of 400 over 4 nodes, where a fair
   * hash gives 100 ± 9), no key may fail under two different nodes, and the keys that
   * work can also be overwritten. A listing answers whole or ServiceUnavailable. Afterwards
   * every key reads back.
   */
  @Check(id = "objectstore.metadata.node-loss", title = "One metadata node down makes only its"
      + " keys unavailable, with ServiceUnavailable", points = 5,
      category = Category.FAULT_TOLERANCE)
  void nodeLoss(CheckContext ctx) {
    double bound = ctx.setting("maxOverMean", 1.5);
    SimStore store = new SimStore(ctx.factory(ObjectStoreFactory.class));
    ObjectStore gateway = store.newGateway();
    gateway.createBucket("shared");
    Map<String, byte[]> objects = new HashMap<>();
    for (int i = 0; i < KEYS; i++) {
      byte[] data = Data.of(7, i);
      objects.put("user/" + i, data);
      gateway.putObject("shared", "user/" + i, data, PutOptions.defaults());
    }
    List<SimMetadataNode> nodes = store.metadataNodes();
    Map<String, String> failedUnder = new HashMap<>();
    double worst = 0;
    for (SimMetadataNode node : nodes) {
      node.down();
      ObjectStore reader = store.newGateway();
      int failed = 0;
      for (int i = 0; i < KEYS; i++) {
        String key = "user/" + i;
        String got = Outcome.of(() -> Arrays.equals(reader.getObject("shared", key,
            GetOptions.none()).body(), objects.get(key)) ? "ok" : "other bytes");
        if (got.equals("error ServiceUnavailable")) {
          failed++;
          String earlier = failedUnder.put(key, node.id());
          if (earlier != null) {
            throw new GuaranteeViolation(NODE_LOSS, Show.text(key) + " fails under one node at"
                + " most", "fails with " + earlier + " down and with " + node.id() + " down");
          }
          continue;
        }
        if (!got.equals("ok")) {
          throw new GuaranteeViolation(NODE_LOSS, node.id() + " down: get " + Show.text(key)
              + " returns its bytes or ServiceUnavailable", got);
        }
        if (i % 10 == 0) {
          byte[] next = Data.of(9, i + 1000);
          String put = Outcome.of(() -> Show.info(reader.putObject("shared", key, next,
              PutOptions.defaults())));
          if (put.startsWith("error")) {
            throw new GuaranteeViolation(NODE_LOSS, node.id() + " down: a key whose get works"
                + " can be written too, put " + Show.text(key), put);
          }
          objects.put(key, next);
        }
      }
      worst = Math.max(worst, failed / (double) KEYS);
      if (failed > KEYS * bound / nodes.size()) {
        throw new GuaranteeViolation(NODE_LOSS, node.id() + " down: at most "
            + Math.round(KEYS * bound / nodes.size()) + " of " + KEYS + " keys fail (its share)",
            failed + " fail");
      }
      String list = Outcome.of(() -> Integer.toString(reader.listObjectsV2("shared",
          ListRequest.all().withMaxKeys(1000)).keyCount()));
      if (!list.equals(Integer.toString(KEYS)) && !list.equals("error ServiceUnavailable")) {
        throw new GuaranteeViolation(NODE_LOSS, node.id() + " down: a listing answers whole or"
            + " ServiceUnavailable",
            list.startsWith("error") ? list : list + " entries of " + KEYS);
      }
      node.restore();
    }
    ctx.metric("worst-share-unavailable", worst, "fraction");
    ObjectStore after = store.newGateway();
    for (Map.Entry<String, byte[]> e : objects.entrySet()) {
      byte[] body;
      try {
        body = after.getObject("shared", e.getKey(), GetOptions.none()).body();
      } catch (ObjectStoreException x) {
        throw new GuaranteeViolation(NODE_LOSS, "every key reads back once the node is up",
            Show.text(e.getKey()) + ": error " + x.code().code());
      }
      if (!Arrays.equals(body, e.getValue())) {
        throw new GuaranteeViolation(NODE_LOSS, "every key reads back once the node is up",
            Show.text(e.getKey()) + ": " + Show.bytes(body));
      }
    }
  }
}
