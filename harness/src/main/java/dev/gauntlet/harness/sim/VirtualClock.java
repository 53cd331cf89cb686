package dev.gauntlet.harness.sim;

import dev.gauntlet.specs.Clock;

/**
 * The harness's clock: it stands still until a scenario advances it, so that runs replay exactly.
 * Candidates see it only as a {@link Clock}.
 */
public final class VirtualClock implements Clock {

  private long millis;

  /** Creates a clock at time 0. */
  public VirtualClock() {
    this(0);
  }

  /** Creates a clock at {@code startMillis}. */
  public VirtualClock(long startMillis) {
    this.millis = startMillis;
  }

  @Override
  public synchronized long millis() {
    return millis;
  }

  /**
   * Moves time forward.
   *
   * @throws IllegalArgumentException if {@code deltaMillis} is negative: time never goes back
   */
  public synchronized void advance(long deltaMillis) {
    if (deltaMillis < 0) {
      throw new IllegalArgumentException("time never goes back; delta was " + deltaMillis);
    }
    millis += deltaMillis;
  }
}
