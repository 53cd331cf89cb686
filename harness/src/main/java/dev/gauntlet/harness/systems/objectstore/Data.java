package dev.gauntlet.harness.systems.objectstore;

import java.util.SplittableRandom;

/** Object bytes the checks write: a length and a seed, so a failure can name them briefly. */
final class Data {

  private Data() {}

  /** Returns {@code length} pseudo-random bytes drawn from {@code seed}. */
  static byte[] of(int length, long seed) {
    byte[] data = new byte[length];
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + length);
    for (int i = 0; i < length; i += 8) {
      long word = random.nextLong();
      for (int j = 0; j < 8 && i + j < length; j++) {
        data[i + j] = (byte) (word >>> (8 * j));
      }
    }
    return data;
  }

  /** Renders a call that makes the bytes, for scenario steps. */
  static String show(int length, long seed) {
    return "bytes(" + length + ", " + seed + ")";
  }
}
