package dev.gauntlet.reference.objectstore;

import java.util.Comparator;

/**
 * Orders strings by their UTF-8 bytes (which is code point order) without encoding them. UTF-16
 * order ({@link String#compareTo}) differs only where a surrogate (U+D800..DFFF, half of a
 * character beyond the BMP) meets a unit in U+E000..FFFF: as UTF-16 the surrogate is smaller,
 * but the character it belongs to is larger. Shifting the two ranges past each other fixes that.
 */
final class Utf8Order implements Comparator<String> {

  static final Utf8Order INSTANCE = new Utf8Order();

  private Utf8Order() {}

  @Override
  public int compare(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return Integer.compare(fix(x), fix(y));
      }
    }
    return Integer.compare(a.length(), b.length());
  }

  private static int fix(char c) {
    if (c >= 0xE000) {
      return c - 0x800;
    }
    return c >= 0xD800 ? c + 0x2000 : c;
  }
}
