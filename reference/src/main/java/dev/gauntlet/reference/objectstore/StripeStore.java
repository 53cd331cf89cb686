package dev.gauntlet.reference.objectstore;

import dev.gauntlet.specs.objectstore.ErasureCoder;
import dev.gauntlet.specs.objectstore.NodeUnavailableException;
import dev.gauntlet.specs.objectstore.StorageNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes, reads, deletes and repairs stripes on the storage nodes. A shard counts as present
 * only if its node answers, the blob is there, has the stripe's shard size and its CRC32C
 * matches the one in the metadata: a corrupt shard is treated as lost and rebuilt from the others,
 * never returned.
 */
final class StripeStore {

  private final ErasureCoder coder;
  private final ShardChecksum checksum;
  private final Placement placement;
  private final int k;
  private final int m;

  StripeStore(ErasureCoder coder, ShardChecksum checksum, Placement placement) {
    this.coder = coder;
    this.checksum = checksum;
    this.placement = placement;
    this.k = coder.dataShards();
    this.m = coder.parityShards();
  }

  /**
   * Encodes {@code data} and writes its k + m shards. On a node failure the shards written so far
   * are removed (as far as possible) and ServiceUnavailable is thrown: nothing refers to them.
   */
  Stripe write(String stripeId, byte[] data) {
    int shardSize = (int) ((data.length + (long) k - 1) / k);
    byte[][] shards = new byte[k + m][];
    for (int i = 0; i < k; i++) {
      shards[i] = new byte[shardSize];
      int from = i * shardSize;
      int n = Math.max(0, Math.min(shardSize, data.length - from));
      System.arraycopy(data, Math.min(from, data.length), shards[i], 0, n);
    }
    byte[][] parity = coder.encode(java.util.Arrays.copyOf(shards, k));
    System.arraycopy(parity, 0, shards, k, m);
    List<StorageNode> nodes = placement.choose(stripeId, k + m);
    List<String> ids = new ArrayList<>();
    long[] crcs = new long[k + m];
    for (int i = 0; i < k + m; i++) {
      ids.add(nodes.get(i).id());
      crcs[i] = checksum.of(shards[i]);
    }
    Stripe stripe = new Stripe(stripeId, data.length, shardSize, List.copyOf(ids), crcs);
    for (int i = 0; i < k + m; i++) {
      try {
        nodes.get(i).put(stripe.blobId(i), shards[i]);
      } catch (NodeUnavailableException e) {
        delete(stripe);
        throw Errors.unavailable("storage node " + nodes.get(i).id() + " is down", e);
      }
    }
    return stripe;
  }

  /** Returns bytes {@code from..to} (inclusive) of the stripe, decoding around lost shards. */
  byte[] read(Stripe stripe, long from, long to) {
    int s = stripe.shardSize();
    int first = (int) (from / s);
    int last = (int) (to / s);
    byte[][] shards = new byte[k + m][];
    boolean[] asked = new boolean[k + m];
    boolean complete = true;
    for (int i = first; i <= last; i++) {
      shards[i] = fetch(stripe, i);
      asked[i] = true;
      complete &= shards[i] != null;
    }
    if (!complete) {
      int present = 0;
      for (int i = 0; i < k + m; i++) {
        if (!asked[i] && present(shards) < k) {
          shards[i] = fetch(stripe, i);
        }
      }
      present = present(shards);
      if (present < k) {
        throw Errors.unavailable("only " + present + " of " + (k + m) + " shards of stripe "
            + stripe.id() + " are readable; " + k + " are needed", null);
      }
      coder.reconstruct(shards);
    }
    byte[] out = new byte[(int) (to - from + 1)];
    for (int i = first, pos = 0; i <= last; i++) {
      int start = i == first ? (int) (from - (long) i * s) : 0;
      int end = i == last ? (int) (to - (long) i * s) : s - 1;
      System.arraycopy(shards[i], start, out, pos, end - start + 1);
      pos += end - start + 1;
    }
    return out;
  }

  private static int present(byte[][] shards) {
    int n = 0;
    for (byte[] shard : shards) {
      n += shard == null ? 0 : 1;
    }
    return n;
  }

  /** Returns shard i if it is there and sound, else null. */
  private byte[] fetch(Stripe stripe, int i) {
    try {
      Optional<byte[]> blob = placement.node(stripe.nodes().get(i)).get(stripe.blobId(i));
      if (blob.isEmpty() || blob.get().length != stripe.shardSize()
          || checksum.of(blob.get()) != stripe.crcs()[i]) {
        return null;
      }
      return blob.get();
    } catch (NodeUnavailableException e) {
      return null;
    }
  }

  /** Removes the stripe's shards from the nodes that are up; what a down node keeps is garbage. */
  void delete(Stripe stripe) {
    for (int i = 0; i < stripe.nodes().size(); i++) {
      try {
        placement.node(stripe.nodes().get(i)).delete(stripe.blobId(i));
      } catch (NodeUnavailableException e) {
        // Garbage on a node that is down harms no reader: nothing refers to it.
      }
    }
  }

  /**
   * Verifies every shard and rewrites the missing or corrupt ones.
   *
   * @return the number of shards rebuilt
   * @throws dev.gauntlet.specs.objectstore.ObjectStoreException ServiceUnavailable if fewer than
   *     k shards are sound, or a node to write to is down
   */
  int repair(Stripe stripe) {
    byte[][] shards = new byte[k + m][];
    List<Integer> bad = new ArrayList<>();
    for (int i = 0; i < k + m; i++) {
      shards[i] = fetch(stripe, i);
      if (shards[i] == null) {
        bad.add(i);
      }
    }
    if (bad.isEmpty()) {
      return 0;
    }
    if (bad.size() > m) {
      throw Errors.unavailable("stripe " + stripe.id() + " lost " + bad.size() + " shards; at"
          + " most " + m + " can be rebuilt", null);
    }
    coder.reconstruct(shards);
    for (int i : bad) {
      StorageNode node = placement.node(stripe.nodes().get(i));
      try {
        node.put(stripe.blobId(i), shards[i]);
      } catch (NodeUnavailableException e) {
        throw Errors.unavailable("storage node " + node.id() + " is down", e);
      }
    }
    return bad.size();
  }
}
