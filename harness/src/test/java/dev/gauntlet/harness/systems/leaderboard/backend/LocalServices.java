package dev.gauntlet.harness.systems.leaderboard.backend;

import org.junit.jupiter.api.Assumptions;

/**
 * The real Redis and MariaDB on localhost, for the harness's own tests: CI starts them
 * (.ci/run); where they are absent, the tests that need them are skipped with the reason.
 */
public final class LocalServices {

  private static String unavailable;
  private static boolean probed;

  private LocalServices() {}

  /** Skips the calling test, with the reason printed, unless both services answer. */
  public static synchronized void assumeAvailable() {
    if (!probed) {
      probed = true;
      try (Backend backend = Backend.real(BackendSelection.LOCAL_REDIS,
          BackendSelection.LOCAL_JDBC)) {
        unavailable = null;
      } catch (RuntimeException e) {
        unavailable = e.getMessage();
      }
    }
    if (unavailable != null) {
      System.out.println("skipped: no local Redis and MariaDB (" + unavailable + ")");
    }
    Assumptions.assumeTrue(unavailable == null,
        () -> "needs Redis at " + BackendSelection.LOCAL_REDIS + " and MariaDB at "
            + BackendSelection.LOCAL_JDBC + ": " + unavailable);
  }

  /** Opens the real backend on localhost; call {@link #assumeAvailable()} first. */
  public static Backend open() {
    return Backend.real(BackendSelection.LOCAL_REDIS, BackendSelection.LOCAL_JDBC);
  }
}
