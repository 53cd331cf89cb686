package dev.gauntlet.harness.systems.leaderboard.backend;

/** Shows service URLs in reports without the passwords they may carry. */
public final class Urls {

  private Urls() {}

  /** Replaces a password in {@code url} (user:password@ or password=...) with {@code ***}. */
  public static String redact(String url) {
    return url.replaceAll("(//[^/:@]*:)[^@/]*@", "$1***@")
        .replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
