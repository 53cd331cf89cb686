package dev.gauntlet.harness.systems.objectstore.bugs;

import dev.gauntlet.specs.objectstore.ErasureCoder;
import java.util.function.IntBinaryOperator;

/**
 * A systematic Reed-Solomon coder over GF(2^8) (polynomial 0x11D) built from a given encoding
 * matrix and multiply, for the coder bugs: one with a matrix that is not MDS, one with a slow
 * multiply. Encoding and decoding are otherwise textbook.
 */
final class MatrixCoder implements ErasureCoder {

  private static final int[] EXP = new int[512];
  private static final int[] LOG = new int[256];

  static {
    int x = 1;
    for (int i = 0; i < 255; i++) {
      EXP[i] = x;
      LOG[x] = i;
      x = (x << 1) ^ ((x & 0x80) != 0 ? 0x11D : 0);
    }
    for (int i = 255; i < 512; i++) {
      EXP[i] = EXP[i - 255];
    }
  }

  /** Multiplication by the log and exp tables. */
  static final IntBinaryOperator TABLES = (a, b) -> a == 0 || b == 0 ? 0 : EXP[LOG[a] + LOG[b]];

  /** Multiplication bit by bit ("Russian peasant"), reducing by the polynomial: slow. */
  static final IntBinaryOperator BITWISE = (a, b) -> {
    int product = 0;
    for (int i = 0; i < 8; i++) {
      if ((b & 1) != 0) {
        product ^= a;
      }
      boolean carry = (a & 0x80) != 0;
      a = (a << 1) & 0xFF;
      if (carry) {
        a ^= 0x1D;
      }
      b >>= 1;
    }
    return product;
  };

  private final int k;
  private final int m;
  private final int[][] matrix;
  private final IntBinaryOperator multiply;

  MatrixCoder(int k, int m, int[][] matrix, IntBinaryOperator multiply) {
    this.k = k;
    this.m = m;
    this.matrix = matrix;
    this.multiply = multiply;
  }

  static int power(int a, int n) {
    int result = 1;
    for (int i = 0; i < n; i++) {
      result = TABLES.applyAsInt(result, a);
    }
    return result;
  }

  /** The identity on top of the raw Vandermonde rows r^c, r = k..k+m-1: not MDS. */
  static int[][] identityOverVandermonde(int k, int m) {
    int[][] matrix = new int[k + m][k];
    for (int r = 0; r < k + m; r++) {
      for (int c = 0; c < k; c++) {
        matrix[r][c] = r < k ? (r == c ? 1 : 0) : power(r, c);
      }
    }
    return matrix;
  }

  /** Vandermonde times the inverse of its top: systematic and MDS (Backblaze's matrix). */
  static int[][] systematicVandermonde(int k, int m) {
    int[][] v = new int[k + m][k];
    for (int r = 0; r < k + m; r++) {
      for (int c = 0; c < k; c++) {
        v[r][c] = power(r, c);
      }
    }
    int[][] top = new int[k][];
    System.arraycopy(v, 0, top, 0, k);
    return product(v, invert(top));
  }

  static int[][] product(int[][] a, int[][] b) {
    int[][] out = new int[a.length][b[0].length];
    for (int r = 0; r < a.length; r++) {
      for (int c = 0; c < b[0].length; c++) {
        for (int i = 0; i < b.length; i++) {
          out[r][c] ^= TABLES.applyAsInt(a[r][i], b[i][c]);
        }
      }
    }
    return out;
  }

  static int[][] invert(int[][] matrix) {
    int n = matrix.length;
    int[][] w = new int[n][2 * n];
    for (int r = 0; r < n; r++) {
      System.arraycopy(matrix[r], 0, w[r], 0, n);
      w[r][n + r] = 1;
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      while (pivot < n && w[pivot][col] == 0) {
        pivot++;
      }
      if (pivot == n) {
        throw new IllegalArgumentException("singular matrix");
      }
      int[] t = w[pivot];
      w[pivot] = w[col];
      w[col] = t;
      int inv = EXP[255 - LOG[w[col][col]]];
      for (int c = 0; c < 2 * n; c++) {
        w[col][c] = TABLES.applyAsInt(w[col][c], inv);
      }
      for (int r = 0; r < n; r++) {
        int f = w[r][col];
        if (r != col && f != 0) {
          for (int c = 0; c < 2 * n; c++) {
            w[r][c] ^= TABLES.applyAsInt(f, w[col][c]);
          }
        }
      }
    }
    int[][] out = new int[n][n];
    for (int r = 0; r < n; r++) {
      System.arraycopy(w[r], n, out[r], 0, n);
    }
    return out;
  }

  @Override
  public int dataShards() {
    return k;
  }

  @Override
  public int parityShards() {
    return m;
  }

  private void combine(int[] row, byte[][] inputs, byte[] out) {
    for (int d = 0; d < inputs.length; d++) {
      for (int i = 0; i < out.length; i++) {
        out[i] ^= (byte) multiply.applyAsInt(row[d], inputs[d][i] & 0xFF);
      }
    }
  }

  @Override
  public byte[][] encode(byte[][] data) {
    byte[][] parity = new byte[m][data[0].length];
    for (int p = 0; p < m; p++) {
      combine(matrix[k + p], data, parity[p]);
    }
    return parity;
  }

  @Override
  public void reconstruct(byte[][] shards) {
    int[] present = new int[k];
    int count = 0;
    int length = 0;
    for (int i = 0; i < k + m && count < k; i++) {
      if (shards[i] != null) {
        present[count++] = i;
        length = shards[i].length;
      }
    }
    if (count < k) {
      throw new IllegalArgumentException("fewer than k shards present");
    }
    int[][] sub = new int[k][];
    byte[][] inputs = new byte[k][];
    for (int i = 0; i < k; i++) {
      sub[i] = matrix[present[i]];
      inputs[i] = shards[present[i]];
    }
    int[][] decode = invert(sub);
    byte[][] data = new byte[k][];
    for (int d = 0; d < k; d++) {
      if (shards[d] == null) {
        shards[d] = new byte[length];
        combine(decode[d], inputs, shards[d]);
      }
      data[d] = shards[d];
    }
    for (int p = 0; p < m; p++) {
      if (shards[k + p] == null) {
        shards[k + p] = new byte[length];
        combine(matrix[k + p], data, shards[k + p]);
      }
    }
  }
}
