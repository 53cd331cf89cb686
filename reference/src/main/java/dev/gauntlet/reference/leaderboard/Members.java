package dev.gauntlet.reference.leaderboard;

import dev.gauntlet.specs.leaderboard.RankedIndex;

/** Member order and argument checks shared by the index and the service. */
final class Members {

  private Members() {}

  /**
   * Compares two strings as Redis compares their UTF-8 bytes: by code point. At the first UTF-16
   * unit that differs, surrogates (U+D800..U+DFFF, the halves of code points above U+FFFF) must
   * sort above U+E000..U+FFFF, where {@link String#compareTo} puts them below; shifting the two
   * ranges past each other fixes that without encoding anything.
   */
  static int compare(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return fixUp(x) - fixUp(y);
      }
    }
    return a.length() - b.length();
  }

  private static int fixUp(char c) {
    if (c >= 0xD800) {
      return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }
    return c;
  }

  /** Orders (score, member) pairs as a sorted set does, ascending. */
  static int compare(long scoreA, String memberA, long scoreB, String memberB) {
    int byScore = Long.compare(scoreA, scoreB);
    return byScore != 0 ? byScore : compare(memberA, memberB);
  }

  /** Returns {@code score} if it is within {@code ±MAX_SCORE}, else throws. */
  static long checkScore(long score) {
    if (score > RankedIndex.MAX_SCORE || score < -RankedIndex.MAX_SCORE) {
      throw new IllegalArgumentException("score " + score + " is outside ±2^53 ("
          + RankedIndex.MAX_SCORE + "), the integers a sorted set holds exactly");
    }
    return score;
  }
}
