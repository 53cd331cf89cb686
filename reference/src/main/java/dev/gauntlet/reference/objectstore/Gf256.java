package dev.gauntlet.reference.objectstore;

/**
 * Arithmetic in GF(2^8) with the polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x11D, generator 2), as
 * most Reed-Solomon storage codes use. Addition is XOR; multiplication goes through a full
 * 256 × 256 product table, so the encoder's inner loop is one lookup per byte.
 *
 * <p>The tables belong to an instance (each coder builds its own in well under a millisecond)
 * rather than to static arrays: they are constants, but a static array is what the design check
 * {@code no-static-state} flags, and it cannot tell a constant table from state.
 */
final class Gf256 {

  private static final int POLYNOMIAL = 0x11D;
  private final int[] exp = new int[512];
  private final int[] log = new int[256];
  /** mul[a][b] = a · b; row a is what the encoder indexes with the data byte. */
  private final byte[][] mul = new byte[256][256];

  Gf256() {
    int x = 1;
    for (int i = 0; i < 255; i++) {
      exp[i] = x;
      log[x] = i;
      x <<= 1;
      if (x >= 256) {
        x ^= POLYNOMIAL;
      }
    }
    for (int i = 255; i < 512; i++) {
      exp[i] = exp[i - 255];
    }
    for (int a = 1; a < 256; a++) {
      for (int b = 1; b < 256; b++) {
        mul[a][b] = (byte) exp[log[a] + log[b]];
      }
    }
  }

  /** Returns a · b. */
  int multiply(int a, int b) {
    return mul[a][b] & 0xFF;
  }

  /** Returns the row of products a · b for every b: the encoder's lookup table for a. */
  byte[] row(int a) {
    return mul[a];
  }

  /** Returns a^-1. */
  int inverse(int a) {
    if (a == 0) {
      throw new ArithmeticException("0 has no inverse in GF(2^8)");
    }
    return exp[255 - log[a]];
  }

  /** Returns a^n. */
  int power(int a, int n) {
    if (n == 0) {
      return 1;
    }
    return a == 0 ? 0 : exp[(log[a] * n) % 255];
  }
}
