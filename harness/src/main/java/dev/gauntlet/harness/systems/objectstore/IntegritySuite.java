package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.specs.objectstore.ObjectStore;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;
import dev.gauntlet.specs.objectstore.RepairSummary;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the bytes on the disks cost and whether they can be trusted: storage overhead against
 * (k + m) / k, flipped bits caught by checksums, and repair back to full redundancy after a node
 * comes back empty, with the bytes it moved reported.
 */
@CheckSuite(system = "objectstore", name = "integrity", order = 5)
public class IntegritySuite {

  /**
   * Writes, overwrites and deletes objects of 16 to 200 KiB and completes and aborts multipart
   * uploads, then compares the bytes on all storage nodes with the live objects' bytes: the
   * ratio must be within {@code tolerance} (10%) of (k + m) / k = 1.5. Three full copies (3.0)
   * fail, and so do versions or parts never removed. Objects this large make padding and
   * headers negligible; the bound says nothing of small objects.
   */
  @Check(id = "objectstore.durability.overhead", title = "Stored bytes are within 10% of"
      + " (k + m) / k times the live bytes", points = 4, category = Category.FAULT_TOLERANCE)
  void overhead(CheckContext ctx) {
    double tolerance = ctx.setting("tolerance", 0.10);
    SimStore store = new SimStore(ctx.factory(ObjectStoreFactory.class));
    long logical = OverheadWorkload.run(store, ctx.seed());
    long stored = store.storedBytes();
    double ratio = (double) stored / logical;
    double target = (double) (store.dataShards() + store.parityShards()) / store.dataShards();
    ctx.metric("storage-overhead", ratio, "x");
    ctx.metric("expected-overhead", target, "x");
    ctx.metric("logical-bytes", logical, "bytes");
    ctx.metric("stored-bytes", stored, "bytes");
    if (Math.abs(ratio - target) > tolerance * target) {
      throw new GuaranteeViolation("stored bytes stay within " + Math.round(tolerance * 100)
          + "% of (k + m) / k times the live objects' bytes", String.format(Locale.ROOT,
          "%.2f x (6 + 3 over 6: %.2f +- %.0f%%)", target, target, tolerance * 100),
          String.format(Locale.ROOT, "%.2f x (%d bytes stored for %d live)", ratio, stored,
              logical));
    }
  }

  /**
   * Flips one bit in each shard of each object in turn (every blob its write put on a node) and
   * reads the object: it must come back exact, decoded around the damaged shard. Then flips a
   * bit in m shards of every object at once: still exact. A decoder trusts the shards it is
   * given, so only a checksum per shard keeps the damage out.
   */
  @Check(id = "objectstore.durability.bit-rot", title = "A shard with flipped bits is detected"
      + " and never returned as data", points = 5, category = Category.FAULT_TOLERANCE)
  void bitRot(CheckContext ctx) {
    SimStore store = new SimStore(ctx.factory(ObjectStoreFactory.class));
    Corpus corpus = new Corpus(store, ctx.seed());
    long flips = 0;
    for (Map.Entry<String, List<Corpus.Blob>> object : corpus.blobs.entrySet()) {
      for (Corpus.Blob blob : object.getValue()) {
        long bit = Math.floorMod(ctx.seed() + flips * 7919, 1 << 20);
        SimStorageNode node = store.storageNode(blob.node());
        if (!node.flipBit(blob.id(), bit)) {
          continue;
        }
        flips++;
        String mismatch = corpus.firstMismatch(false);
        node.flipBit(blob.id(), bit);
        if (mismatch != null) {
          throw new GuaranteeViolation(BIT_ROT, "bit " + bit + " of blob " + blob.id() + " on "
              + blob.node() + " flipped: every object exact", mismatch);
        }
      }
    }
    int m = store.parityShards();
    for (List<Corpus.Blob> shards : corpus.blobs.values()) {
      for (Corpus.Blob blob : shards.subList(0, Math.min(m, shards.size()))) {
        store.storageNode(blob.node()).flipBit(blob.id(), flips++);
      }
    }
    String mismatch = corpus.firstMismatch(false);
    if (mismatch != null) {
      throw new GuaranteeViolation(BIT_ROT, "a bit flipped in m shards of every object: every"
          + " object exact", mismatch);
    }
    ctx.metric("shards-damaged", flips, "shards");
  }

  static final String BIT_ROT = "a shard with flipped bits is detected by its checksum and"
      + " never returned as data";

  /**
   * A storage node goes down and comes back empty, and a bit flips in a shard on another; every
   * object still reads. Then {@code repair()} runs; afterwards the store must again survive every
   * one of the C(9, 3) patterns of 3 nodes down. Reports the bytes the repair read and wrote
   * against the bytes the empty node had lost.
   */
  @Check(id = "objectstore.durability.repair", title = "Repair restores full redundancy after a"
      + " node comes back empty", points = 5, category = Category.FAULT_TOLERANCE)
  void repair(CheckContext ctx) {
    SimStore store = new SimStore(ctx.factory(ObjectStoreFactory.class));
    Corpus corpus = new Corpus(store, ctx.seed());
    List<SimStorageNode> nodes = store.storageNodes();
    SimStorageNode emptied = nodes.get((int) Math.floorMod(ctx.seed(), (long) nodes.size()));
    long lost = emptied.storedBytes();
    emptied.down();
    emptied.restoreEmpty();
    Corpus.Blob rotten = corpus.blobs.get("obj/65539").stream()
        .filter(b -> !b.node().equals(emptied.id())).findFirst().orElseThrow();
    store.storageNode(rotten.node()).flipBit(rotten.id(), ctx.seed());
    String before = corpus.firstMismatch(false);
    if (before != null) {
      throw new GuaranteeViolation(DurabilitySuite.ANY_M, emptied.id() + " back empty and a bit"
          + " flipped on " + rotten.node() + ": every object", before);
    }
    ObjectStore gateway = store.newGateway();
    long read = nodes.stream().mapToLong(SimStorageNode::bytesRead).sum();
    long written = nodes.stream().mapToLong(SimStorageNode::bytesWritten).sum();
    RepairSummary summary = gateway.repair();
    read = nodes.stream().mapToLong(SimStorageNode::bytesRead).sum() - read;
    written = nodes.stream().mapToLong(SimStorageNode::bytesWritten).sum() - written;
    ctx.metric("bytes-lost", lost, "bytes");
    ctx.metric("repair-bytes-read", read, "bytes");
    ctx.metric("repair-bytes-written", written, "bytes");
    ctx.metric("repair-bytes-moved", read + written, "bytes");
    ctx.metric("repair-moved-per-lost-byte", lost == 0 ? 0 : (double) (read + written) / lost,
        "ratio");
    ctx.metric("shards-rebuilt", summary == null ? 0 : summary.shardsRebuilt(), "shards");
    int m = store.parityShards();
    for (int[] pattern : LossPatterns.of(nodes.size(), m)) {
      StringBuilder down = new StringBuilder();
      for (int i : pattern) {
        nodes.get(i).down();
        down.append(down.length() == 0 ? "" : ", ").append(nodes.get(i).id());
      }
      String mismatch = corpus.firstMismatch(false);
      store.restoreAll();
      if (mismatch != null) {
        throw new GuaranteeViolation("after repair the store again survives any m storage nodes"
            + " down", emptied.id() + " came back empty, a bit flipped on " + rotten.node()
            + ", repair() ran, then down: " + down + ": every object", mismatch);
      }
    }
  }
}
