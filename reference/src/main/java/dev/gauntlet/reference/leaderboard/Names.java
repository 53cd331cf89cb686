package dev.gauntlet.reference.leaderboard;

/** Checks players and submission ids: 1 to 64 characters of valid Unicode. */
final class Names {

  static final int MAX_LENGTH = 64;

  private Names() {}

  static void check(String what, String value) {
    if (value == null) {
      throw new IllegalArgumentException(what + " must not be null");
    }
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(what + " must be 1 to " + MAX_LENGTH
          + " characters, was " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(what + " has a lone surrogate at index " + i);
      }
    }
  }
}
