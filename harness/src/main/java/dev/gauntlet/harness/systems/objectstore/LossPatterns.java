package dev.gauntlet.harness.systems.objectstore;

import java.util.ArrayList;
import java.util.List;

/** Every set of {@code size} positions out of {@code n}: the loss patterns of a stripe. */
final class LossPatterns {

  private LossPatterns() {}

  /** Returns all {@code C(n, size)} subsets of {@code 0..n-1}, each ascending. */
  static List<int[]> of(int n, int size) {
    List<int[]> out = new ArrayList<>();
    collect(n, size, 0, new int[size], 0, out);
    return out;
  }

  private static void collect(int n, int size, int from, int[] chosen, int depth,
      List<int[]> out) {
    if (depth == size) {
      out.add(chosen.clone());
      return;
    }
    for (int i = from; i <= n - (size - depth); i++) {
      chosen[depth] = i;
      collect(n, size, i + 1, chosen, depth + 1, out);
    }
  }

  static String show(int[] pattern) {
    StringBuilder s = new StringBuilder("{");
    for (int i = 0; i < pattern.length; i++) {
      s.append(i == 0 ? "" : ", ").append(pattern[i]);
    }
    return s.append('}').toString();
  }
}
