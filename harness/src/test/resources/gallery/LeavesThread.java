package gallery;

import dev.gauntlet.specs.cache.HashRing;
import java.util.concurrent.CountDownLatch;

/**
 * Hostile: the first ring it builds starts a "rebalancer" thread that is not a daemon, ignores
 * interrupts and never ends; the ring itself is fine.
 */
public class LeavesThread extends Parts {

  private boolean started;

  @Override
  public HashRing newRing(int virtualNodes) {
    if (!started) {
      started = true;
      Thread rebalancer = new Thread(LeavesThread::waitForEver, "ring-rebalancer");
      rebalancer.setDaemon(false);
      rebalancer.start();
    }
    return super.newRing(virtualNodes);
  }

  private static void waitForEver() {
    CountDownLatch never = new CountDownLatch(1);
    while (true) {
      try {
        never.await();
      } catch (InterruptedException ignored) {
        // what a hostile thread does with an interrupt
      }
    }
  }
}
