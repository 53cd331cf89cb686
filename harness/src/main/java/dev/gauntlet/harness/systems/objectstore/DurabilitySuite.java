package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;
import java.util.List;
import java.util.Map;

/**
 * Durability of the whole store: zones and nodes down, every loss pattern, storage overhead, bit
 * rot and repair. Objects are a {@link Corpus}: empty, shorter than k, around k, 64 KiB, and a
 * multipart object.
 */
@CheckSuite(system = "objectstore", name = "durability", order = 4)
public class DurabilitySuite {

  static final String ANY_M = "with any m storage nodes down every object reads back byte for"
      + " byte";

  /**
   * Takes each zone down in turn (3 zones of 3 nodes, then 3 zones of 4, where a placement that
   * ignores zones puts more than m shards in one) and reads every object back.
   */
  @Check(id = "objectstore.durability.zone-loss", title = "Every object reads back byte for byte"
      + " with any one zone down", points = 5, category = Category.FAULT_TOLERANCE)
  void zoneLoss(CheckContext ctx) {
    ObjectStoreFactory factory = ctx.factory(ObjectStoreFactory.class);
    for (int perZone : new int[] {3, 4}) {
      SimStore store = new SimStore(factory, 3, perZone, SimStore.METADATA_NODES, 6, 3,
          SimStore.MINIMUM_PART_SIZE);
      Corpus corpus = new Corpus(store, ctx.seed());
      for (Map.Entry<String, List<SimStorageNode>> zone : store.zones().entrySet()) {
        zone.getValue().forEach(SimStorageNode::down);
        String mismatch = corpus.firstMismatch(false);
        if (mismatch != null) {
          throw new GuaranteeViolation("with any one zone down every object reads back byte for"
              + " byte (at most m shards of a stripe per zone)", "3 zones x " + perZone
              + " nodes, " + zone.getKey() + " down: every object", mismatch);
        }
        store.restoreAll();
      }
    }
  }

  /**
   * For 6 + 3 on 9 nodes, takes down each of the C(9, 3) = 84 sets of 3 nodes and reads every
   * object; then each of the C(9, 4) = 126 sets of 4, where a read must return the exact bytes
   * or fail with a 5xx error (ServiceUnavailable), never return other bytes. Then 4 + 2 on
   * 3 zones of 2 nodes: all C(6, 2) = 15 pairs.
   */
  @Check(id = "objectstore.durability.any-m-nodes", title = "Every pattern of m nodes down"
      + " decodes exactly; m + 1 down is an error, never wrong bytes", points = 7,
      category = Category.FAULT_TOLERANCE)
  void anyMNodes(CheckContext ctx) {
    ObjectStoreFactory factory = ctx.factory(ObjectStoreFactory.class);
    long patterns = 0;
    patterns += everyPattern(new SimStore(factory), ctx.seed());
    patterns += everyPattern(new SimStore(factory, 3, 2, SimStore.METADATA_NODES, 4, 2,
        SimStore.MINIMUM_PART_SIZE), ctx.seed());
    ctx.metric("node-loss-patterns", patterns, "patterns");
  }

  private static long everyPattern(SimStore store, long seed) {
    Corpus corpus = new Corpus(store, seed);
    List<SimStorageNode> nodes = store.storageNodes();
    int m = store.parityShards();
    String layout = store.dataShards() + " + " + m + " on " + nodes.size() + " nodes";
    long patterns = 0;
    for (int lost = m; lost <= m + 1; lost++) {
      for (int[] pattern : LossPatterns.of(nodes.size(), lost)) {
        StringBuilder down = new StringBuilder();
        for (int i : pattern) {
          nodes.get(i).down();
          down.append(down.length() == 0 ? "" : ", ").append(nodes.get(i).id());
        }
        String mismatch = corpus.firstMismatch(lost > m);
        if (mismatch != null) {
          throw lost == m
              ? new GuaranteeViolation(ANY_M, layout + ", down: " + down + ": every object",
                  mismatch)
              : new GuaranteeViolation("with more than m storage nodes down a read returns the"
                  + " exact bytes or a 5xx error (ServiceUnavailable), never other bytes",
                  layout + ", down: " + down, mismatch);
        }
        store.restoreAll();
        patterns++;
      }
    }
    return patterns;
  }
}
