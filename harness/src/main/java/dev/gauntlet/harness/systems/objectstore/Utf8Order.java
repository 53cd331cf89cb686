package dev.gauntlet.harness.systems.objectstore;

import java.util.Comparator;

/**
 * UTF-8 byte order (code point order) of strings, the order of S3 listings and of the metadata
 * nodes. It differs from {@link String#compareTo} only where a surrogate (half of a character
 * beyond the BMP) meets a unit in U+E000..FFFF.
 */
public final class Utf8Order implements Comparator<String> {

  /** The one instance. */
  public static final Utf8Order INSTANCE = new Utf8Order();

  private Utf8Order() {}

  @Override
  public int compare(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return Integer.compare(shift(x), shift(y));
      }
    }
    return Integer.compare(a.length(), b.length());
  }

  private static int shift(char c) {
    if (c >= 0xE000) {
      return c - 0x800;
    }
    return c >= 0xD800 ? c + 0x2000 : c;
  }
}
