package dev.gauntlet.harness.systems.cache;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws keys {@code key-1..key-n} with Zipf probabilities: key {@code k} with weight
 * {@code 1 / k^s}, so {@code key-1} is the hottest. Sampling is a binary search over the
 * cumulative weights, O(log n).
 */
final class ZipfKeys {

  private final double[] cumulative;
  private final String[] names;

  /**
   * Prepares the distribution.
   *
   * @param n how many keys
   * @param exponent s; larger is more skewed
   */
  ZipfKeys(int n, double exponent) {
    cumulative = new double[n];
    names = new String[n];
    double sum = 0;
    for (int k = 1; k <= n; k++) {
      sum += 1 / Math.pow(k, exponent);
      cumulative[k - 1] = sum;
      names[k - 1] = "key-" + k;
    }
    for (int i = 0; i < n; i++) {
      cumulative[i] /= sum;
    }
  }

  /** Returns the generalised harmonic number H(n, s), the normalising sum of the weights. */
  static double harmonic(int n, double exponent) {
    double sum = 0;
    for (int k = 1; k <= n; k++) {
      sum += 1 / Math.pow(k, exponent);
    }
    return sum;
  }

  /** Returns the probability of the hottest key, 1 / H(n, s). */
  double hottestShare() {
    return cumulative[0];
  }

  /** Draws one key. */
  String next(SplittableRandom random) {
    int i = Arrays.binarySearch(cumulative, random.nextDouble());
    int index = i >= 0 ? i : -i - 1;
    return names[Math.min(index, names.length - 1)];
  }
}
