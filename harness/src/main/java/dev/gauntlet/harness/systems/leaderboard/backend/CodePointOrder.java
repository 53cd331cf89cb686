package dev.gauntlet.harness.systems.leaderboard.backend;

import java.util.Comparator;

/**
 * Orders strings as Redis orders members: by their UTF-8 bytes, which is code point order. The
 * harness's own comparison, written apart from the reference's: it compares code points one by
 * one rather than fixing up UTF-16 units.
 */
public final class CodePointOrder {

  /** The comparator. */
  public static final Comparator<String> COMPARATOR = CodePointOrder::compare;

  private CodePointOrder() {}

  /** Compares {@code a} and {@code b} by code point, as their UTF-8 bytes compare. */
  public static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
