package dev.gauntlet.harness.systems.leaderboard.backend;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Chooses the leaderboard's backend once per run, in the parent, so the candidate's worker and
 * the reference's worker use the same one: the URLs given; else a Redis and a MariaDB/MySQL on
 * localhost, if both answer; else containers, when a Docker engine runs; else (unless a real
 * backend was demanded) the embedded one.
 */
public final class BackendSelection {

  /** The Redis tried on localhost. */
  public static final String LOCAL_REDIS = "redis://localhost:6379";
  /** The MariaDB tried on localhost: root without a password, database test. */
  public static final String LOCAL_JDBC = "jdbc:mariadb://localhost:3306/test?user=root";

  /** What {@code --backend} asks for. */
  public enum Kind {
    /** Real services if any can be had, else embedded. */
    AUTO,
    /** H2 and the in-process sorted-set store, whatever runs on the machine. */
    EMBEDDED,
    /** Real services, or an error. */
    REAL
  }

  /**
   * The chosen backend: the options to hand the workers, a description for the report, and the
   * containers to stop at the end, if any were started.
   */
  public record Selected(Map<String, String> options, String description,
      AutoCloseable containers) implements AutoCloseable {

    @Override
    public void close() throws Exception {
      if (containers != null) {
        containers.close();
      }
    }
  }

  /** A backend that cannot be had: the message names the URLs and what was tried. */
  public static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
      super(message);
    }
  }

  private BackendSelection() {}

  /**
   * Selects the backend.
   *
   * @param kind what {@code --backend} asked for
   * @param redisUrl {@code --redis-url}, or null
   * @param jdbcUrl {@code --jdbc-url}, or null
   * @param log told what is being tried, for {@code --verbose}
   * @throws Unavailable if a URL given cannot be reached, or a real backend cannot be had
   */
  public static Selected select(Kind kind, String redisUrl, String jdbcUrl, Consumer<String> log)
      throws Unavailable {
    if (kind == Kind.EMBEDDED) {
      if (redisUrl != null || jdbcUrl != null) {
        throw new Unavailable("--redis-url and --jdbc-url need --backend real or auto, not"
            + " embedded");
      }
      return embedded("--backend embedded");
    }
    if (redisUrl != null || jdbcUrl != null) {
      String redis = redisUrl != null ? redisUrl : LOCAL_REDIS;
      String jdbc = jdbcUrl != null ? jdbcUrl : LOCAL_JDBC;
      String missing = redisUrl == null ? " (no --redis-url given, so " + LOCAL_REDIS
          + " was tried)" : jdbcUrl == null ? " (no --jdbc-url given, so " + LOCAL_JDBC
          + " was tried)" : "";
      try {
        return probe(redis, jdbc, null);
      } catch (IllegalStateException e) {
        throw new Unavailable(e.getMessage() + missing);
      }
    }
    List<String> tried = new ArrayList<>();
    log.accept("trying Redis at " + LOCAL_REDIS + " and MariaDB at " + LOCAL_JDBC);
    try {
      return probe(LOCAL_REDIS, LOCAL_JDBC, null);
    } catch (IllegalStateException e) {
      tried.add("localhost: " + e.getMessage());
    }
    String docker = Containers.dockerStatus();
    if (docker == null) {
      log.accept("starting Redis and MySQL containers with Testcontainers");
      Containers containers = Containers.start();
      try {
        return probe(containers.redisUrl(), containers.jdbcUrl(), containers);
      } catch (RuntimeException e) {
        closeQuietly(containers);
        tried.add("Testcontainers: " + e.getMessage());
      }
    } else {
      tried.add("Testcontainers: " + docker);
    }
    if (kind == Kind.REAL) {
      throw new Unavailable("no real Redis and MySQL/MariaDB for --backend real; tried "
          + String.join("; ", tried) + " (give --redis-url and --jdbc-url)");
    }
    return embedded("no real services (" + String.join("; ", tried) + ")");
  }

  private static Selected embedded(String why) {
    try (Backend backend = Backend.embedded()) {
      return new Selected(BackendOptions.embedded(), backend.description() + "; " + why, null);
    }
  }

  private static Selected probe(String redisUrl, String jdbcUrl, AutoCloseable containers) {
    int timeout = DriverManager.getLoginTimeout();
    DriverManager.setLoginTimeout(5); // a host that does not answer fails in seconds
    try (Backend backend = Backend.real(redisUrl, jdbcUrl)) {
      String how = containers != null ? "; containers started with Testcontainers" : "";
      return new Selected(BackendOptions.real(redisUrl, jdbcUrl), backend.description() + how,
          containers);
    } finally {
      DriverManager.setLoginTimeout(timeout);
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // already failing: the first error is the one to report
    }
  }

  /** Parses {@code --backend}. */
  public static Kind kind(String value) {
    try {
      return Kind.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--backend must be auto, embedded or real, was '"
          + value + "'");
    }
  }
}
