package dev.gauntlet.reference.cache;

import dev.gauntlet.specs.Clock;

/** A clock that moves only when a test advances it. */
final class TestClock implements Clock {

  private long now;

  TestClock(long start) {
    now = start;
  }

  @Override
  public long millis() {
    return now;
  }

  void advance(long millis) {
    now += millis;
  }
}
