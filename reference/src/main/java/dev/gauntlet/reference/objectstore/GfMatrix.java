package dev.gauntlet.reference.objectstore;

/** Matrices over GF(2^8): products and inversion by Gauss-Jordan elimination. */
final class GfMatrix {

  private GfMatrix() {}

  /** Returns a × b. */
  static int[][] multiply(Gf256 gf, int[][] a, int[][] b) {
    int rows = a.length;
    int inner = b.length;
    int cols = b[0].length;
    int[][] out = new int[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        int sum = 0;
        for (int i = 0; i < inner; i++) {
          sum ^= gf.multiply(a[r][i], b[i][c]);
        }
        out[r][c] = sum;
      }
    }
    return out;
  }

  /**
   * Returns the inverse of a square matrix.
   *
   * @throws IllegalArgumentException if it is singular
   */
  static int[][] invert(Gf256 gf, int[][] matrix) {
    int n = matrix.length;
    int[][] work = new int[n][2 * n];
    for (int r = 0; r < n; r++) {
      System.arraycopy(matrix[r], 0, work[r], 0, n);
      work[r][n + r] = 1;
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      while (pivot < n && work[pivot][col] == 0) {
        pivot++;
      }
      if (pivot == n) {
        throw new IllegalArgumentException("singular matrix");
      }
      int[] swap = work[pivot];
      work[pivot] = work[col];
      work[col] = swap;
      int scale = gf.inverse(work[col][col]);
      for (int c = 0; c < 2 * n; c++) {
        work[col][c] = gf.multiply(work[col][c], scale);
      }
      for (int r = 0; r < n; r++) {
        int factor = work[r][col];
        if (r != col && factor != 0) {
          for (int c = 0; c < 2 * n; c++) {
            work[r][c] ^= gf.multiply(factor, work[col][c]);
          }
        }
      }
    }
    int[][] inverse = new int[n][n];
    for (int r = 0; r < n; r++) {
      System.arraycopy(work[r], n, inverse[r], 0, n);
    }
    return inverse;
  }
}
