package dev.gauntlet.reference.objectstore;

import dev.gauntlet.specs.objectstore.ErasureCoder;

/**
 * A systematic Reed-Solomon code over GF(2^8), built as Backblaze's JavaReedSolomon builds it:
 * the (k + m) × k Vandermonde matrix V[r][c] = r^c is multiplied by the inverse of its top k × k
 * part, so the top becomes the identity (data shards are stored as they are) and every k rows
 * stay linearly independent, because the product of V with an invertible matrix keeps that
 * property of V. That is what makes every loss pattern of at most m shards decodable; the
 * identity stacked on raw Vandermonde rows does not (intel/isa-l issue 40).
 */
final class ReedSolomon implements ErasureCoder {

  private final Gf256 gf = new Gf256();
  private final int k;
  private final int m;
  /** The (k + m) × k encoding matrix; rows k.. are the parity rows. */
  private final int[][] matrix;
  /** parityRows[p][d]: the coefficient of data shard d in parity shard p, as a MUL row. */
  private final byte[][][] parityRows;

  ReedSolomon(int dataShards, int parityShards) {
    if (dataShards < 1 || parityShards < 1 || dataShards + parityShards > 256) {
      throw new IllegalArgumentException("need k >= 1, m >= 1 and k + m <= 256; were "
          + dataShards + " and " + parityShards);
    }
    this.k = dataShards;
    this.m = parityShards;
    int[][] vandermonde = new int[k + m][k];
    for (int r = 0; r < k + m; r++) {
      for (int c = 0; c < k; c++) {
        vandermonde[r][c] = gf.power(r, c);
      }
    }
    int[][] top = new int[k][];
    System.arraycopy(vandermonde, 0, top, 0, k);
    this.matrix = GfMatrix.multiply(gf, vandermonde, GfMatrix.invert(gf, top));
    this.parityRows = new byte[m][k][];
    for (int p = 0; p < m; p++) {
      for (int d = 0; d < k; d++) {
        parityRows[p][d] = gf.row(matrix[k + p][d]);
      }
    }
  }

  @Override
  public int dataShards() {
    return k;
  }

  @Override
  public int parityShards() {
    return m;
  }

  @Override
  public byte[][] encode(byte[][] data) {
    if (data == null || data.length != k) {
      throw new IllegalArgumentException("need " + k + " data shards, got "
          + (data == null ? "null" : data.length));
    }
    int length = data[0].length;
    for (byte[] shard : data) {
      if (shard.length != length) {
        throw new IllegalArgumentException("data shards differ in length: " + length + " and "
            + shard.length);
      }
    }
    byte[][] parity = new byte[m][length];
    for (int p = 0; p < m; p++) {
      combine(parityRows[p], data, parity[p]);
    }
    return parity;
  }

  /** out = Σ rows[d] · inputs[d], byte by byte. */
  private static void combine(byte[][] rows, byte[][] inputs, byte[] out) {
    int length = out.length;
    for (int d = 0; d < inputs.length; d++) {
      byte[] row = rows[d];
      byte[] in = inputs[d];
      for (int i = 0; i < length; i++) {
        out[i] ^= row[in[i] & 0xFF];
      }
    }
  }

  @Override
  public void reconstruct(byte[][] shards) {
    if (shards == null || shards.length != k + m) {
      throw new IllegalArgumentException("need " + (k + m) + " shard slots, got "
          + (shards == null ? "null" : shards.length));
    }
    int[] present = new int[k];
    int count = 0;
    int length = -1;
    for (int i = 0; i < k + m; i++) {
      if (shards[i] != null) {
        if (length >= 0 && shards[i].length != length) {
          throw new IllegalArgumentException("present shards differ in length");
        }
        length = shards[i].length;
        if (count < k) {
          present[count] = i;
        }
        count++;
      }
    }
    if (count < k) {
      throw new IllegalArgumentException("only " + count + " of " + (k + m) + " shards present;"
          + " need " + k);
    }
    if (count == k + m) {
      return;
    }
    int[][] sub = new int[k][];
    byte[][] inputs = new byte[k][];
    for (int i = 0; i < k; i++) {
      sub[i] = matrix[present[i]];
      inputs[i] = shards[present[i]];
    }
    int[][] decode = GfMatrix.invert(gf, sub);
    for (int d = 0; d < k; d++) {
      if (shards[d] == null) {
        byte[][] rows = new byte[k][];
        for (int j = 0; j < k; j++) {
          rows[j] = gf.row(decode[d][j]);
        }
        shards[d] = new byte[length];
        combine(rows, inputs, shards[d]);
      }
    }
    byte[][] data = new byte[k][];
    System.arraycopy(shards, 0, data, 0, k);
    for (int p = 0; p < m; p++) {
      if (shards[k + p] == null) {
        shards[k + p] = new byte[length];
        combine(parityRows[p], data, shards[k + p]);
      }
    }
  }
}
