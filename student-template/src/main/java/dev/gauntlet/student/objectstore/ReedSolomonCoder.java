package dev.gauntlet.student.objectstore;

import dev.gauntlet.specs.objectstore.ErasureCoder;

/**
 * A systematic Reed-Solomon code over GF(2^8): k data shards stored as they are, m parity
 * shards, any k of the k + m rebuilding the rest (specs/objectstore.md §3).
 *
 * <p>Build GF(2^8) tables first (exp/log with the polynomial 0x11D, then a 256 × 256 product
 * table), then an encoding matrix whose every k × k submatrix is invertible.
 */
public final class ReedSolomonCoder implements ErasureCoder {

  private final int dataShards;
  private final int parityShards;

  /**
   * Creates a coder.
   *
   * @param dataShards k, at least 1
   * @param parityShards m, at least 1, with k + m at most 256
   */
  public ReedSolomonCoder(int dataShards, int parityShards) {
    this.dataShards = dataShards;
    this.parityShards = parityShards;
  }

  @Override
  public int dataShards() {
    return dataShards;
  }

  @Override
  public int parityShards() {
    return parityShards;
  }

  @Override
  public byte[][] encode(byte[][] data) {
    throw new UnsupportedOperationException(
        "TODO: compute m parity shards from the k data shards with the parity rows of a"
            + " systematic encoding matrix; see specs/objectstore.md §3");
  }

  @Override
  public void reconstruct(byte[][] shards) {
    throw new UnsupportedOperationException(
        "TODO: invert the rows of k present shards and rebuild every missing one, or throw"
            + " IllegalArgumentException when fewer than k are present; see"
            + " specs/objectstore.md §3");
  }
}
