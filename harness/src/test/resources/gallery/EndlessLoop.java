package gallery;

import dev.gauntlet.specs.cache.CacheClient;
import dev.gauntlet.specs.cache.CacheEnvironment;

/** Hostile: spins for ever, ignoring interrupts, as soon as a client is asked for. */
public class EndlessLoop extends Parts {

  private long spins;

  @Override
  public CacheClient newClient(CacheEnvironment environment) {
    while (true) {
      spins++;
    }
  }
}
