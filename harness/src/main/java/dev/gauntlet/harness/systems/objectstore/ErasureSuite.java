package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.check.Check;
import dev.gauntlet.harness.check.CheckContext;
import dev.gauntlet.harness.check.CheckSuite;
import dev.gauntlet.harness.engine.GuaranteeViolation;
import dev.gauntlet.specs.objectstore.ErasureCoder;
import dev.gauntlet.specs.objectstore.ObjectStoreFactory;
import java.util.Arrays;
import java.util.List;

/**
 * The erasure coder on its own: every loss pattern of every tried configuration decodes exactly,
 * and losing more than m shards is an error. These are exhaustive, not sampled: some matrix
 * constructions fail on only a few patterns (intel/isa-l issue 40).
 */
@CheckSuite(system = "objectstore", name = "erasure", order = 1)
public class ErasureSuite {

  /** The configurations tried: the default 6 + 3 first, then others a hard-coded 6 + 3 fails. */
  static final List<int[]> CONFIGS = List.of(new int[] {6, 3}, new int[] {4, 2},
      new int[] {10, 4}, new int[] {17, 3}, new int[] {1, 1}, new int[] {2, 5});
  private static final int[] LENGTHS = {0, 1, 7, 64};

  static byte[][] dataShards(int k, int length, long seed) {
    byte[][] data = new byte[k][];
    for (int i = 0; i < k; i++) {
      data[i] = Data.of(length, seed * 31 + i);
    }
    return data;
  }

  static byte[][] encoded(ErasureCoder coder, byte[][] data) {
    byte[][] copy = new byte[data.length][];
    for (int i = 0; i < data.length; i++) {
      copy[i] = data[i].clone();
    }
    byte[][] parity = coder.encode(copy);
    String config = coder.dataShards() + " + " + coder.parityShards();
    GuaranteeViolation.expectTrue("encode leaves the data shards as they are (a systematic"
        + " code) and returns m parity shards of their length",
        Arrays.deepEquals(copy, data) && parity.length == coder.parityShards()
            && Arrays.stream(parity).allMatch(p -> p.length == data[0].length),
        config + ": encode changed its input or returned " + parity.length + " parity shards");
    byte[][] all = Arrays.copyOf(data, data.length + parity.length);
    System.arraycopy(parity, 0, all, data.length, parity.length);
    return all;
  }

  /**
   * For 6 + 3 (all 129 patterns of 1 to 3 losses) and 4 + 2, 10 + 4, 17 + 3, 1 + 1, 2 + 5 (all
   * their patterns of up to m losses), shards of 0, 1, 7 and 64 bytes: {@code reconstruct}
   * restores every lost shard, data or parity, byte for byte.
   */
  @Check(id = "objectstore.erasure.every-loss-pattern", title = "Every pattern of up to m lost"
      + " shards decodes exactly (6 + 3 and five other configurations)", points = 5,
      category = Category.FAULT_TOLERANCE)
  void everyLossPattern(CheckContext ctx) {
    ObjectStoreFactory factory = ctx.factory(ObjectStoreFactory.class);
    long patterns = 0;
    for (int[] config : CONFIGS) {
      int k = config[0];
      int m = config[1];
      ErasureCoder coder = factory.newErasureCoder(k, m);
      for (int length : LENGTHS) {
        byte[][] shards = encoded(coder, dataShards(k, length, ctx.seed() + length));
        for (int lost = 1; lost <= m; lost++) {
          for (int[] pattern : LossPatterns.of(k + m, lost)) {
            byte[][] damaged = shards.clone();
            for (int i : pattern) {
              damaged[i] = null;
            }
            String where = k + " + " + m + ", shards of " + length + " bytes, lost "
                + LossPatterns.show(pattern);
            try {
              coder.reconstruct(damaged);
            } catch (IllegalArgumentException | ArithmeticException e) {
              throw new GuaranteeViolation("any m lost shards (data or parity) are rebuilt"
                  + " exactly", where + ": rebuilt", "threw " + e);
            }
            for (int i : pattern) {
              if (!Arrays.equals(shards[i], damaged[i])) {
                throw new GuaranteeViolation("any m lost shards (data or parity) are rebuilt"
                    + " exactly", where + ": shard " + i + " = " + Show.bytes(shards[i]),
                    damaged[i] == null ? "null" : Show.bytes(damaged[i]));
              }
            }
            patterns++;
          }
        }
      }
    }
    ctx.metric("loss-patterns-decoded", patterns, "patterns");
  }

  /**
   * For 6 + 3, each of the 126 patterns of 4 lost shards, and for 4 + 2 each of the 20 of 3:
   * {@code reconstruct} throws IllegalArgumentException and leaves the lost shards lost, rather
   * than making bytes up.
   */
  @Check(id = "objectstore.erasure.too-many-losses", title = "More than m lost shards is an"
      + " error, never made-up bytes", points = 3, category = Category.FAULT_TOLERANCE)
  void tooManyLosses(CheckContext ctx) {
    ObjectStoreFactory factory = ctx.factory(ObjectStoreFactory.class);
    for (int[] config : List.of(new int[] {6, 3}, new int[] {4, 2})) {
      int k = config[0];
      int m = config[1];
      ErasureCoder coder = factory.newErasureCoder(k, m);
      byte[][] shards = encoded(coder, dataShards(k, 16, ctx.seed()));
      for (int[] pattern : LossPatterns.of(k + m, m + 1)) {
        byte[][] damaged = shards.clone();
        for (int i : pattern) {
          damaged[i] = null;
        }
        String where = k + " + " + m + ", lost " + LossPatterns.show(pattern);
        try {
          coder.reconstruct(damaged);
        } catch (IllegalArgumentException expected) {
          continue;
        }
        throw new GuaranteeViolation("more than m lost shards is an IllegalArgumentException,"
            + " never made-up bytes", where + ": IllegalArgumentException", "returned normally");
      }
    }
  }
}
