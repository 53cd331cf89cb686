package dev.gauntlet.reference.objectstore;

/**
 * Arithmetic in GF(2^8) with the polynomial x^8 + x^4 + x^3 + x^2 + 1 (0x11D, generator 2), as
 * most Reed-Solomon storage codes use. Addition is XOR; multiplication goes through a full
 * 256 × 256 product table, so the encoder's inner loop is one lookup per byte.
 */
final class Gf256 {

  private static final int POLYNOMIAL = 0x11D;
  private static final int[] EXP = new int[512];
  private static final int[] LOG = new int[256];
  /** MUL[a][b] = a · b; row a is what the encoder indexes with the data byte. */
  static final byte[][] MUL = new byte[256][256];

  static {
    int x = 1;
    for (int i = 0; i < 255; i++) {
      EXP[i] = x;
      LOG[x] = i;
      x <<= 1;
      if (x >= 256) {
        x ^= POLYNOMIAL;
      }
    }
    for (int i = 255; i < 512; i++) {
      EXP[i] = EXP[i - 255];
    }
    for (int a = 0; a < 256; a++) {
      for (int b = 0; b < 256; b++) {
        MUL[a][b] = (byte) slowMultiply(a, b);
      }
    }
  }

  private Gf256() {}

  private static int slowMultiply(int a, int b) {
    return a == 0 || b == 0 ? 0 : EXP[LOG[a] + LOG[b]];
  }

  /** Returns a · b. */
  static int multiply(int a, int b) {
    return MUL[a][b] & 0xFF;
  }

  /** Returns a^-1. */
  static int inverse(int a) {
    if (a == 0) {
      throw new ArithmeticException("0 has no inverse in GF(2^8)");
    }
    return EXP[255 - LOG[a]];
  }

  /** Returns a^n. */
  static int power(int a, int n) {
    if (n == 0) {
      return 1;
    }
    return a == 0 ? 0 : EXP[(LOG[a] * n) % 255];
  }
}
