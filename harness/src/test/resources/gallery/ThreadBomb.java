package gallery;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;

import java.util.concurrent.locks.LockSupport;

/** Hostile: starts parked threads in a loop when a client is asked for. */
public class ThreadBomb extends Parts {

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    while (true) {
      new Thread(ThreadBomb::parkForEver).start();
    }
  }

  private static void parkForEver() {
    while (true) {
      LockSupport.park();
    }
  }
}
