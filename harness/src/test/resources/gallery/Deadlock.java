package gallery;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;

import java.util.concurrent.CountDownLatch;

/** Hostile: when a client is asked for, two threads each take one lock and wait for the other. */
public class Deadlock extends Parts {

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    Object first = new Object();
    Object second = new Object();
    CountDownLatch bothHeld = new CountDownLatch(2);
    new Thread(() -> lockBoth(second, first, bothHeld), "lock-holder").start();
    lockBoth(first, second, bothHeld);
    return null;
  }

  private static void lockBoth(Object mine, Object theirs, CountDownLatch bothHeld) {
    synchronized (mine) {
      bothHeld.countDown();
      awaitQuietly(bothHeld);
      synchronized (theirs) { bothHeld.countDown(); } // blocks here: the other holds theirs
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
