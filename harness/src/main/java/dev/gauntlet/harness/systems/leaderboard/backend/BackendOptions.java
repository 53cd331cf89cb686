package dev.gauntlet.harness.systems.leaderboard.backend;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The run options through which the parent tells the leaderboard's workers which backend to use,
 * once it has chosen: {@code leaderboard.backend} ({@code embedded} or {@code real}) and, for a
 * real one, {@code leaderboard.redis-url} and {@code leaderboard.jdbc-url}. Without them a check
 * runs on the embedded backend.
 */
public final class BackendOptions {

  public static final String BACKEND = "leaderboard.backend";
  public static final String REDIS_URL = "leaderboard.redis-url";
  public static final String JDBC_URL = "leaderboard.jdbc-url";

  private BackendOptions() {}

  /** The options of the embedded backend. */
  public static Map<String, String> embedded() {
    return Map.of(BACKEND, "embedded");
  }

  /** The options of a real backend at these URLs. */
  public static Map<String, String> real(String redisUrl, String jdbcUrl) {
    return Map.of(BACKEND, "real", REDIS_URL, redisUrl, JDBC_URL, jdbcUrl);
  }

  /**
   * Opens the backend the options name.
   *
   * @throws IllegalStateException if a real backend lacks a URL or cannot be reached
   */
  public static Backend open(Function<String, Optional<String>> options) {
    String kind = options.apply(BACKEND).orElse("embedded");
    switch (kind) {
      case "embedded":
        return Backend.embedded();
      case "real":
        return Backend.real(required(options, REDIS_URL), required(options, JDBC_URL));
      default:
        throw new IllegalStateException("unknown leaderboard backend '" + kind
            + "' (embedded or real)");
    }
  }

  private static String required(Function<String, Optional<String>> options, String name) {
    return options.apply(name).orElseThrow(() -> new IllegalStateException(
        "the real leaderboard backend needs the option " + name));
  }
}
