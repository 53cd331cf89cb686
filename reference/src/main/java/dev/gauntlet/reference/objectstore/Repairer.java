package dev.gauntlet.reference.objectstore;

import dev.gauntlet.specs.objectstore.MetadataEntry;
import dev.gauntlet.specs.objectstore.MetadataNode;
import dev.gauntlet.specs.objectstore.RepairSummary;
import java.util.List;
import java.util.function.Consumer;

/**
 * Deep scrub and repair: walks every object and part entry of every metadata node and has each
 * stripe verified and its missing or corrupt shards rebuilt. Reading every shard is what finds
 * bit rot (as Ceph's deep scrub does); a node that came back empty is just the case where all of
 * its shards are missing.
 */
final class Repairer {

  private static final int BATCH = 256;

  private final Context ctx;

  Repairer(Context ctx) {
    this.ctx = ctx;
  }

  RepairSummary repair() {
    long[] counts = new long[2];
    Consumer<Stripe> check = stripe -> {
      counts[0]++;
      counts[1] += ctx.stripes.repair(stripe);
    };
    for (MetadataNode node : ctx.metadata.all()) {
      scan(node, "o/", e -> Codec.object(e.value()).stripes().forEach(check));
      scan(node, "p/", e -> check.accept(Codec.part(e.value()).stripe()));
    }
    return new RepairSummary(counts[0], counts[1]);
  }

  private static void scan(MetadataNode node, String prefix, Consumer<MetadataEntry> each) {
    String from = prefix;
    while (true) {
      String start = from;
      List<MetadataEntry> batch = MetadataShards.call(node,
          () -> node.scan(start, MetadataShards.prefixEnd(prefix), BATCH));
      batch.forEach(each);
      if (batch.size() < BATCH) {
        return;
      }
      from = batch.get(batch.size() - 1).key() + "\0";
    }
  }
}
