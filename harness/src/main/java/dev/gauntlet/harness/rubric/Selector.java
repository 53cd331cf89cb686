package dev.gauntlet.harness.rubric;

import dev.gauntlet.harness.check.Category;
import dev.gauntlet.harness.run.CheckDescriptor;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which checks one rubric rule applies to, written as the rule's key: a check id
 * ({@code cache.ring.monotonicity}), a glob over ids ({@code cache.ring.*}: {@code *} is any
 * run of characters, dots included, {@code ?} one character), a suite ({@code suite:cache.ring}),
 * a category ({@code category:performance}) or a whole system ({@code system:cache}).
 *
 * <p>When several rules match a check, the more specific one wins, whatever their order:
 * system, then category, then suite, then glob, then id.
 *
 * @param key the key as written in the rubric
 * @param kind what the key selects by
 * @param value the key without its prefix
 */
public record Selector(String key, Kind kind, String value) {

  /** What a selector selects by, from the least specific to the most. */
  public enum Kind { SYSTEM, CATEGORY, SUITE, GLOB, ID }

  /** Reads a rule's key. */
  public static Selector parse(String key) {
    String k = key.trim();
    if (k.startsWith("system:")) {
      return new Selector(key, Kind.SYSTEM, k.substring(7).trim());
    }
    if (k.startsWith("category:")) {
      return new Selector(key, Kind.CATEGORY, k.substring(9).trim());
    }
    if (k.startsWith("suite:")) {
      return new Selector(key, Kind.SUITE, k.substring(6).trim());
    }
    return new Selector(key, k.contains("*") || k.contains("?") ? Kind.GLOB : Kind.ID, k);
  }

  /** Returns whether this selector picks {@code check}. */
  public boolean matches(CheckDescriptor check) {
    return switch (kind) {
      case SYSTEM -> check.system().equals(value);
      case CATEGORY -> category(value).map(c -> c == check.category()).orElse(false);
      case SUITE -> (check.system() + "." + check.suite()).equals(value);
      case GLOB -> glob(value).matcher(check.id()).matches();
      case ID -> check.id().equals(value);
    };
  }

  /** Returns the category named by a label ({@code fault tolerance}) or enum name. */
  static Optional<Category> category(String name) {
    String normal = name.trim().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    return Arrays.stream(Category.values()).filter(c -> c.label().equals(normal)).findFirst();
  }

  private static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (char c : glob.toCharArray()) {
      regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(regex.toString());
  }
}
