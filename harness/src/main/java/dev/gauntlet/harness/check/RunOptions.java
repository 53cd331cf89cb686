package dev.gauntlet.harness.check;

import java.util.Map;
import java.util.Optional;

/**
 * Options of the whole run that a system's checks and workloads read, such as the services the
 * leaderboard uses ({@code leaderboard.backend}, {@code leaderboard.redis-url}). The parent
 * chooses them once and passes them to the candidate's worker and the reference's worker alike
 * ({@code --option name=value}), so both measure on the same backend; the harness's own tests
 * install them around an in-process run.
 */
public final class RunOptions {

  private static volatile Map<String, String> installed = Map.of();

  private RunOptions() {}

  /** Replaces this JVM's run options. */
  public static void install(Map<String, String> options) {
    installed = Map.copyOf(options);
  }

  /** Returns the option {@code name}, if the run has it. */
  public static Optional<String> get(String name) {
    return Optional.ofNullable(installed.get(name));
  }

  /** Returns every option, for handing on to another worker. */
  public static Map<String, String> all() {
    return installed;
  }
}
