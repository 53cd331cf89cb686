package dev.gauntlet.specs;

/**
 * The time source the harness hands every candidate. Read time only from here.
 *
 * <p>During grading this is a virtual clock: it stands still until the harness advances it, so a
 * scenario replays exactly from its seed. Code that reads {@link System#currentTimeMillis()} or
 * {@link System#nanoTime()} instead will see time that the checks do not control, and its TTLs,
 * timeouts and windows will not line up with the scenario the harness reports.
 */
@FunctionalInterface
public interface Clock {

  /**
   * Returns the current time in milliseconds since an arbitrary origin. Never decreases.
   *
   * @return the current time, in milliseconds
   */
  long millis();
}
