package dev.gauntlet.harness.systems.objectstore;

import dev.gauntlet.harness.engine.Scenario;
import java.util.List;

/**
 * Keys that stress listing: made of pieces that are prefixes of each other ("a", "a/"), the
 * delimiter "/", a Latin-1 letter, U+E000 and U+FFFD (the top of the BMP, above the surrogates
 * in UTF-16) and U+1F600 (beyond the BMP: a surrogate pair, which {@link String#compareTo}
 * wrongly sorts before U+FFFD).
 */
final class Keys {

  static final List<String> PIECES = List.of("a", "a/", "b", "/", "\u00e9", "\ufffd",
      "\ud83d\ude00", "\ue000", "1");

  private Keys() {}

  static String draw(Scenario s) {
    int pieces = s.intBetween(1, 3);
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      key.append(s.pick(PIECES));
    }
    return key.toString();
  }

  static String prefix(Scenario s) {
    return s.coin(0.5) ? "" : s.pick(PIECES);
  }
}
